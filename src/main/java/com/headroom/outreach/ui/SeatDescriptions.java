package com.headroom.outreach.ui;

import com.headroom.base.ui.Formats;
import com.headroom.team.Days;
import com.headroom.team.RampUpWeek;
import com.headroom.team.TeamPolicySettings;
import com.headroom.tier.InMailRenewal;
import com.headroom.tier.TierSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A tier's figures and a team's policy, in sentences a rep reads at a glance. */
final class SeatDescriptions {

    private SeatDescriptions() {
    }

    static List<String> tier(TierSettings t) {
        List<String> lines = new ArrayList<>();
        lines
            .add(Formats.number(t.weeklyInvitationBudget()) + " invitations a week (LinkedIn counts a rolling 7 days)");
        lines.add(t.capsPersonalizedNotes()
                ? t.monthlyPersonalizedNotes() + " personalized notes a month, up to " + t.noteCharacterLimit()
                        + " characters each"
                : "Personalized notes: unlimited, up to " + t.noteCharacterLimit() + " characters each");
        if (t.monthlyInMailCredits() == 0) {
            lines.add("No InMail credits");
        }
        else {
            String when = t.inMailRenewal() == InMailRenewal.FIRST_OF_MONTH_UTC ? "on the 1st of each month (UTC)"
                    : "on your seat's billing day";
            lines.add(t.monthlyInMailCredits() + " InMail credits " + when + "; at most " + t.inMailMaxBalance()
                    + " held at once; " + t.secondInMailRule().label().toLowerCase() + " for a second InMail");
        }
        lines.add(t.dailyMessageLimit() + " messages a day, up to " + Formats.number(t.messageCharacterLimit())
                + " characters each");
        return lines;
    }

    /**
     * When the rep's LinkedIn account started, and where that puts them in the team's
     * ramp-up today.
     */
    static String linkedInStart(LocalDate startedOn, Optional<RampUpWeek> rampUp, TierSettings tier,
            Optional<TeamPolicySettings> policy) {
        if (startedOn == null) {
            return "When your LinkedIn account started: not set, so no ramp-up applies. If it is new or came back"
                    + " after a long break, ask your administrator to set it.";
        }
        String started = "Your LinkedIn account started on " + Formats.date(startedOn);
        String tierWeek = Formats.number(tier.weeklyInvitationBudget()) + " invitations a week";
        if (rampUp.isEmpty() || policy.isEmpty()) {
            return started + (policy.isEmpty() ? "." : ": its ramp-up is over, so your tier's " + tierWeek + " apply.");
        }
        var r = rampUp.get();
        return started + ": ramp-up week " + r.week() + (r.lastWeek() > 0 ? " of " + r.lastWeek() : "") + ", so up to "
                + r.daily() + " invitations a day and " + r.weekly() + " a week (" + r.daily() + " a day × "
                + policy.get().workingDays().size() + " working days). "
                + (r.tierFrom() != null ? "From " + Formats.date(r.tierFrom()) + " your tier's " + tierWeek + " apply."
                        : "Your team adds none each week, so this stays until its policy changes.");
    }

    /**
     * Where the tier's figures come from, as the admins noted it in the tier catalogue.
     */
    static String sources(TierSettings tier) {
        return tier.sourceNote() == null || tier.sourceNote().isBlank()
                ? "Where these figures come from: not noted for this tier."
                : "Where these figures come from: " + tier.sourceNote().strip();
    }

    static List<String> policy(TeamPolicySettings p) {
        return List.of(
                "Headroom suggests up to " + p.dailyInvitationPace() + " invitations a day, spread over "
                        + Days.describe(p.workingDays()) + " in " + p.timeZone() + "; more than "
                        + p.dailyInvitationCap() + " in a day is past the team's limit",
                "Warned at " + Formats.number(p.pendingInvitationsWarnAt()) + " pending invitations, blocked at "
                        + Formats.number(p.pendingInvitationsBlockAt()),
                "Acceptance target " + p.acceptanceRateTargetPercent() + "%; below " + p.lowAcceptanceBelowPercent()
                        + "% the weekly budget drops to " + p.lowAcceptanceBudgetPercent() + "%, below "
                        + p.veryLowAcceptanceBelowPercent() + "% to " + p.veryLowAcceptanceBudgetPercent() + "%",
                "New or returning accounts start at " + p.rampUpFirstWeekDaily() + " a day, " + p.rampUpWeeklyStep()
                        + " more each week",
                "Reminder to withdraw invitations pending for " + p.withdrawReminderDays()
                        + " days; a withdrawn person can be invited again after " + p.reinviteLockoutDays() + " days",
                "After a LinkedIn restriction: pause " + p.restrictionCooldownDays()
                        + " days, doubled on each repeat within " + p.restrictionRepeatWindowDays() + " days",
                "More than " + p.burstRequestCount() + " requests within " + p.burstWindowMinutes()
                        + " minutes is past the team's limit (a burst looks automated to LinkedIn)",
                "Managers see a rep as quiet after " + p.quietAfterWorkingDays() + " working days with nothing logged",
                targets(p),
                p.warmUpDays() == 0 ? "The team asks for no warm-up before inviting"
                        : "A prospect is warmed up after you view their profile or engage with a post on "
                                + p.warmUpDays() + " different days in the 14 before the invitation");
    }

    private static String targets(TeamPolicySettings p) {
        if (p.targetRegions().isEmpty() && p.targetIndustries().isEmpty()) {
            return "No target regions or industries named: invitations anywhere count the same";
        }
        return "Targets: " + (p.targetRegions().isEmpty() ? "any region" : String.join(", ", p.targetRegions())) + "; "
                + (p.targetIndustries().isEmpty() ? "any industry" : String.join(", ", p.targetIndustries()))
                + ". More than " + p.targetSpreadWarnPercent()
                + "% of a week's invitations outside them turns your account amber";
    }

}
