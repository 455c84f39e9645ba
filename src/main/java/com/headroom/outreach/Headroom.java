package com.headroom.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How much a member may still do on LinkedIn at one instant, each number with the reason
 * behind it: what the limits engine answers.
 */
public record Headroom(Instant at, String tierName, Invitations invitations, Messages messages, InMail inMail,
        Optional<Cooldown> restriction, Map<Long, Instant> lockouts, Health health, List<HealthReason> reasons,
        Targeting targeting, Network network) {

    /**
     * Worst first: the health of the member's account is its worst factor, never an
     * average.
     */
    public enum Health {

        GREEN("Healthy"), AMBER("Watch out"), RED("Stop and fix");

        private final String label;

        Health(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }

    public record HealthReason(Health level, String sentence) {
    }

    /**
     * Connection invitations.
     *
     * @param weeklyBudget invitations allowed in any 7 days (tier, cut by low acceptance,
     * capped by ramp-up)
     * @param sentThisWeek invitations in the last 7 days, to the second (past the budget
     * too)
     * @param left what may still go this week: 0 while a cooldown pauses invitations
     * @param nextFreesAt when the next one frees up, while the budget is used
     * @param pausedUntil the end of a cooldown after a LinkedIn restriction
     * @param suggestedToday how many more to send today to spread the rest over the
     * working days
     * @param todayTarget what today should hold all told, sent ones included ("8 of 20
     * today"); 0 while paused or blocked and on days off
     * @param dailyCap the most a day the team allows (ramp-up's daily figure while
     * ramping up)
     * @param mayStillSendToday what may still go today within every limit: week, day,
     * pending, cooldown
     * @param slowDownUntil while the last minutes hold a burst: when the next one no
     * longer adds to it
     * @param pending sent and not yet accepted, declined, withdrawn or expired
     * @param withdrawDue pending longer than the team's reminder, oldest first
     * @param notesLeft personalized notes left this month, on tiers that cap them
     * @param pendingProspects prospects with a pending invitation
     * @param connectedProspects prospects who accepted
     */
    public record Invitations(int weeklyBudget, String budgetReason, int sentThisWeek, int left,
            Optional<Instant> nextFreesAt, Optional<Instant> pausedUntil, int suggestedToday, int todayTarget,
            String suggestionReason, int sentToday, int dailyCap, int mayStillSendToday,
            Optional<Instant> slowDownUntil, int pending, int pendingWarnAt, int pendingBlockAt,
            List<PendingInvitation> withdrawDue, Rate acceptance30Days, Rate acceptanceLast100, OptionalInt notesLeft,
            int notesPerMonth, Optional<RampUp> rampUp, int burst, Set<Long> pendingProspects,
            Set<Long> connectedProspects) {

        /** Sent in the last 7 days beyond the budget (logged past the limit). */
        public int pastTheBudget() {
            return Math.max(0, sentThisWeek - weeklyBudget);
        }
    }

    /** A share: so many accepted of so many. */
    public record Rate(int accepted, int of) {

        public Optional<Integer> percent() {
            return of == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * accepted / of));
        }

        public String describe() {
            return percent().map(p -> p + "% (" + accepted + " of " + of + ")").orElse("no data yet");
        }
    }

    /**
     * An invitation (or InMail) waiting for an answer: its ledger entry, the person, when
     * it went out.
     */
    public record PendingInvitation(long entryId, long prospectId, Instant sentAt) {
    }

    /** The slow start of a new or returning LinkedIn account. */
    public record RampUp(int week, int daily, int weekly) {
    }

    /**
     * Messages to first-degree connections, counted per calendar day in the team's time
     * zone.
     */
    public record Messages(int sentToday, int limit, int left, Instant nextDayStartsAt) {
    }

    /**
     * InMail credits.
     *
     * @param expiringSoon credits that expire in the next 14 days
     * @param expiringThisWeek of those, the credits that expire in the next 7 days
     * @param refundsDue InMails answered within 90 days whose credit has not come back
     * yet
     * @param awaitingReply InMails sent more than 7 days ago with no answer
     * @param openInMails prospects with an InMail that has no answer yet, and when it was
     * sent
     */
    public record InMail(int balance, int maxBalance, int monthlyGrant, int expiringSoon, int expiringThisWeek,
            Optional<Instant> nextExpiry, List<Long> refundsDue, Optional<LocalDate> nextGrantOn,
            List<PendingInvitation> awaitingReply, Map<Long, Instant> openInMails) {
    }

    /**
     * A pause after LinkedIn restricted the account.
     *
     * @param repeats earlier restrictions within the team's window, each doubling the
     * pause
     */
    public record Cooldown(Instant reportedAt, Instant until, int repeats) {
    }

    /**
     * The last 7 days' invitations against the team's target regions and industries.
     *
     * @param named whether the team names any target: without one nothing is outside
     * @param unknown invited people with no location or industry where the team names
     * targets: counted apart, never as outside
     */
    public record Targeting(boolean named, int invitations, int outside, int unknown, int warnAbovePercent) {

        public static final Targeting NONE = new Targeting(false, 0, 0, 0, 0);

        public Optional<Integer> outsidePercent() {
            return invitations == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * outside / invitations));
        }
    }

    /**
     * The member's first-degree connections against LinkedIn's cap.
     *
     * @param connections the last Connections.csv import plus the acceptances logged
     * since; empty before a first import
     * @param level GREEN below the warning, AMBER from it, RED at the cap
     */
    public record Network(OptionalInt connections, int imported, int acceptedSince, Optional<Instant> importedAt,
            int cap, int warnAt, Health level) {

        public static Network unknown(int cap, int warnAt) {
            return new Network(OptionalInt.empty(), 0, 0, Optional.empty(), cap, warnAt, Health.GREEN);
        }

        public boolean full() {
            return connections.isPresent() && connections.getAsInt() >= cap;
        }
    }
}
