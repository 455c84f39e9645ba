package com.headroom.demo;

import com.headroom.outreach.OutreachType;
import com.headroom.prospect.Stage;
import com.headroom.prospect.StageHistoryBackfill.PastStage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * One rep's weeks of LinkedIn outreach for the demo, planned before anything is written:
 * whom they invited and when, who accepted, declined or never answered, whom they wrote
 * to and who replied, which conversations became meetings, opportunities and deals, and
 * their InMails. Pure (a profile, the team's zone and the instant the demo loads), so
 * that tests run it on every weekday.
 *
 * <p>
 * How the rep works is a {@link HistoryProfile}. One seeded {@code Random} drives every
 * choice here in a fixed order (invitation, warm-up, outcome, conversation, deal), and
 * the steps share it and the plan's running state (deals left, people planned), so they
 * stay in this one class: {@code HistoryPlanTest}'s cases and the demo's figures rest on
 * that order.
 *
 * <p>
 * What the rep did falls on working hours of working days; what prospects did falls
 * whenever. Nothing is planned after the profile's {@code until}, and no invitation after
 * {@code invitationsUntil} (a LinkedIn restriction pauses invitations, not messages).
 */
final class HistoryPlan {

    /** From invitation to a won deal at most, for the deals a profile asks for. */
    static final Duration DEAL_TAKES = Duration.ofDays(45);

    /** One logged action, as the ledger will hold it. */
    record Action(OutreachType type, Instant at, boolean withNote) {
    }

    /**
     * One person of the plan: when the rep added them, what happened, the stages they
     * went through.
     */
    record Person(int number, Instant addedAt, List<Action> actions, List<PastStage> stages) {

        Instant lastActionAt() {
            return actions.getLast().at();
        }

        boolean invited() {
            return actions.stream().anyMatch(a -> a.type() == OutreachType.INVITATION_SENT);
        }

        boolean pending() {
            return invited() && actions.stream().noneMatch(a -> a.type().isInvitationOutcome());
        }
    }

    private final HistoryProfile profile;

    private final ZoneId zone;

    private final Instant now;

    private final Random random;

    private final List<Person> people = new ArrayList<>();

    private int dealsLeft;

    private HistoryPlan(HistoryProfile profile, ZoneId zone, Instant now) {
        this.profile = profile;
        this.zone = zone;
        this.now = now;
        this.random = new Random(profile.seed);
        this.dealsLeft = profile.deals;
    }

    /**
     * The rep's people from the profile's first day up to its {@code until}, in the order
     * first reached.
     */
    static List<Person> of(HistoryProfile profile, ZoneId zone, Instant now) {
        var plan = new HistoryPlan(profile, zone, now);
        plan.plan();
        return plan.people;
    }

    /**
     * Monday of the week before last, in the zone: the first of the last two complete
     * weeks.
     */
    static LocalDate lastTwoWeeksStart(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2);
    }

    private void plan() {
        LocalDate lastDay = profile.until.atZone(zone).toLocalDate();
        LocalDate lowFrom = profile.lowAcceptanceLastTwoWeeks ? lastTwoWeeksStart(now, zone) : null;
        for (var day = profile.firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (!working(day)) {
                continue;
            }
            boolean low = lowFrom != null && !day.isBefore(lowFrom) && day.isBefore(lowFrom.plusWeeks(2));
            if (low) {
                if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                    lowWeekMonday(day);
                }
            }
            else {
                int count = profile.minPerDay + random.nextInt(profile.maxPerDay - profile.minPerDay + 1);
                for (int i = 0; i < count; i++) {
                    invitation(at(day, 9 + random.nextInt(8), random.nextInt(60)), lowFrom != null);
                }
            }
            if (random.nextInt(100) < profile.inMailPercent) {
                inMail(at(day, 10 + random.nextInt(6), random.nextInt(60)));
            }
        }
        if (profile.pending != null) {
            settlePending(profile.pending);
        }
        people.sort(Comparator.comparing(p -> p.actions().getFirst().at()));
    }

    /**
     * Ten invitations on a Monday morning, decided within two days: 3 accepted, 5
     * declined, 2 with no answer. Acceptance of that week is 3 of 8 decided (or 3 of 10
     * sent), however it is counted.
     */
    private void lowWeekMonday(LocalDate monday) {
        for (int i = 0; i < 10; i++) {
            Instant sent = at(monday, 9, 0).plus(Duration.ofMinutes(15L * i + random.nextInt(10)));
            if (sent.isAfter(profile.invitationsUntil)) {
                continue;
            }
            Instant decided = sent.plus(Duration.ofHours(6 + random.nextInt(48)));
            int slot = i % 10;
            var fate = slot == 0 || slot == 3 || slot == 6 ? OutreachType.INVITATION_ACCEPTED
                    : slot < 8 ? OutreachType.INVITATION_DECLINED : null;
            record(sent, fate, decided, false);
        }
    }

    private void invitation(Instant sent, boolean sameWeek) {
        if (sent.isAfter(profile.invitationsUntil)) {
            return;
        }
        int roll = random.nextInt(100);
        Instant decided = sent.plus(Duration.ofHours(6 + random.nextInt(90)));
        if (sameWeek) {
            // Decided in the week it was sent, so that each week's acceptance is that
            // week's own.
            Instant weekEnds = sent.atZone(zone)
                .toLocalDate()
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .atStartOfDay(zone)
                .toInstant()
                .minusSeconds(60);
            decided = decided.isAfter(weekEnds) ? sent.plus(Duration.between(sent, weekEnds).dividedBy(2)) : decided;
        }
        // Two in five are warmed up first (engagement on two days before), and accepted
        // more often: so that Results' warmed-against-cold comparison has something to
        // show.
        boolean warmed = random.nextInt(100) < WARMED_PERCENT;
        int accept = warmed ? Math.min(95, profile.acceptPercent + WARMED_BONUS)
                : Math.max(5, profile.acceptPercent - WARMED_BONUS / 2);
        OutreachType fate = roll < accept ? OutreachType.INVITATION_ACCEPTED
                : roll < accept + profile.declinePercent ? OutreachType.INVITATION_DECLINED : null;
        record(sent, fate, decided, warmed);
    }

    static final int WARMED_PERCENT = 40;

    static final int WARMED_BONUS = 20;

    /** Writes one invitation's person: its outcome, and what followed an acceptance. */
    private void record(Instant sent, OutreachType fate, Instant decided, boolean warmed) {
        List<Action> actions = new ArrayList<>();
        List<PastStage> stages = new ArrayList<>();
        if (warmed) {
            actions.add(
                    new Action(OutreachType.PROFILE_VIEWED, sent.minus(Duration.ofDays(3 + random.nextInt(4))), false));
            actions.add(new Action(OutreachType.POST_ENGAGED,
                    sent.minus(Duration.ofDays(1)).minusSeconds(random.nextInt(3600)), false));
        }
        else if (random.nextBoolean()) {
            actions.add(new Action(OutreachType.PROFILE_VIEWED, sent.minus(Duration.ofMinutes(15 + random.nextInt(60))),
                    false));
        }
        actions.add(new Action(OutreachType.INVITATION_SENT, sent, random.nextInt(100) < profile.notePercent));
        stages.add(new PastStage(Stage.INVITED, sent));
        if (fate != null && !decided.isAfter(profile.until)) {
            actions.add(new Action(fate, decided, false));
            if (fate == OutreachType.INVITATION_ACCEPTED) {
                stages.add(new PastStage(Stage.CONNECTED, decided));
                boolean deal = dealsLeft > 0 && sent.isBefore(profile.until.minus(DEAL_TAKES));
                if (deal) {
                    dealsLeft--;
                }
                conversation(decided, deal, actions, stages);
            }
        }
        else if (fate == null) {
            Instant withdrawn = work(sent.plus(Duration.ofDays(profile.tidy ? 18 : 21 + random.nextInt(8))));
            boolean withdraws = profile.tidy || random.nextInt(100) < profile.withdrawPercent;
            if (withdraws && !withdrawn.isAfter(profile.until)) {
                actions.add(new Action(OutreachType.INVITATION_WITHDRAWN, withdrawn, false));
            }
        }
        add(actions, stages);
    }

    /** After an acceptance: a message, perhaps a reply, perhaps a meeting and a deal. */
    private void conversation(Instant connected, boolean deal, List<Action> actions, List<PastStage> stages) {
        Instant message = work(connected.plus(Duration.ofHours(18 + random.nextInt(12))));
        if ((!deal && random.nextInt(100) >= profile.messagePercent) || message.isAfter(profile.until)) {
            return;
        }
        actions.add(new Action(OutreachType.MESSAGE_SENT, message, false));
        Instant reply = message.plus(Duration.ofHours(6 + random.nextInt(66)));
        if ((!deal && random.nextInt(100) >= profile.replyPercent) || reply.isAfter(profile.until)) {
            return;
        }
        actions.add(new Action(OutreachType.MESSAGE_REPLIED, reply, false));
        stages.add(new PastStage(Stage.CONVERSATION, reply));
        pipeline(reply, deal, stages);
    }

    /**
     * What a conversation became: a meeting, an opportunity, a win or a loss, or nothing
     * yet. A deal moves briskly (within six weeks of the invitation), so that it is won
     * inside the history.
     */
    private void pipeline(Instant conversation, boolean deal, List<PastStage> stages) {
        if (!deal && random.nextInt(100) >= 30) {
            Instant cold = work(conversation.plus(Duration.ofDays(14 + random.nextInt(8))));
            if (random.nextInt(100) < 60 && !cold.isAfter(profile.until)) {
                stages.add(new PastStage(Stage.LOST, cold));
            }
            return;
        }
        Instant meeting = work(
                conversation.plus(Duration.ofDays(deal ? 2 + random.nextInt(3) : 3 + random.nextInt(6))));
        if (meeting.isAfter(profile.until)) {
            return;
        }
        stages.add(new PastStage(Stage.MEETING, meeting));
        Instant opportunity = work(meeting.plus(Duration.ofDays(deal ? 5 + random.nextInt(4) : 6 + random.nextInt(9))));
        if ((!deal && random.nextInt(100) >= 55) || opportunity.isAfter(profile.until)) {
            return;
        }
        stages.add(new PastStage(Stage.OPPORTUNITY, opportunity));
        Instant closed = work(
                opportunity.plus(Duration.ofDays(deal ? 9 + random.nextInt(5) : 10 + random.nextInt(15))));
        int roll = random.nextInt(100);
        if (closed.isAfter(profile.until) || (!deal && roll >= 70)) {
            return;
        }
        stages.add(new PastStage(deal || roll < 45 ? Stage.WON : Stage.LOST, closed));
    }

    private void inMail(Instant sent) {
        if (sent.isAfter(profile.until)) {
            return;
        }
        List<Action> actions = new ArrayList<>();
        List<PastStage> stages = new ArrayList<>();
        actions.add(new Action(OutreachType.INMAIL_SENT, sent, false));
        Instant answered = sent.plus(Duration.ofHours(12 + random.nextInt(100)));
        if (random.nextInt(100) < profile.inMailAnswerPercent && !answered.isAfter(profile.until)) {
            int kind = random.nextInt(10);
            var type = kind < 7 ? OutreachType.INMAIL_REPLIED
                    : kind < 9 ? OutreachType.INMAIL_ACCEPTED : OutreachType.INMAIL_DECLINED;
            actions.add(new Action(type, answered, false));
            if (type != OutreachType.INMAIL_DECLINED) {
                stages.add(new PastStage(Stage.CONVERSATION, answered));
            }
        }
        add(actions, stages);
    }

    private void add(List<Action> actions, List<PastStage> stages) {
        actions.sort(Comparator.comparing(Action::at));
        Instant first = actions.getFirst().at();
        Instant added = first.minus(Duration.ofHours(20 + random.nextInt(52)));
        people.add(new Person(people.size(), added, List.copyOf(actions), List.copyOf(stages)));
    }

    /**
     * Leaves exactly so many invitations pending: the oldest unanswered beyond that count
     * were withdrawn after three weeks; if too few are unanswered, the latest declines
     * never came.
     */
    private void settlePending(int exactly) {
        var pending = people.stream()
            .filter(Person::pending)
            .sorted(Comparator.comparing(HistoryPlan::sentAt))
            .toList();
        for (int i = 0; i < pending.size() - exactly; i++) {
            var p = pending.get(i);
            Instant withdrawn = work(sentAt(p).plus(Duration.ofDays(21)));
            if (withdrawn.isAfter(profile.until)) {
                withdrawn = sentAt(p).plus(Duration.between(sentAt(p), profile.until).dividedBy(2));
            }
            replace(p, withAction(p, new Action(OutreachType.INVITATION_WITHDRAWN, withdrawn, false)));
        }
        int missing = exactly - pending.size();
        var declined = people.stream()
            .filter(p -> p.actions().stream().anyMatch(a -> a.type() == OutreachType.INVITATION_DECLINED))
            .sorted(Comparator.comparing(HistoryPlan::sentAt).reversed())
            .toList();
        for (int i = 0; i < missing && i < declined.size(); i++) {
            var p = declined.get(i);
            replace(p,
                    new Person(p.number(), p.addedAt(),
                            p.actions().stream().filter(a -> a.type() != OutreachType.INVITATION_DECLINED).toList(),
                            p.stages()));
        }
    }

    private static Instant sentAt(Person p) {
        return p.actions()
            .stream()
            .filter(a -> a.type() == OutreachType.INVITATION_SENT)
            .findFirst()
            .orElseThrow()
            .at();
    }

    private static Person withAction(Person p, Action action) {
        List<Action> actions = new ArrayList<>(p.actions());
        actions.add(action);
        actions.sort(Comparator.comparing(Action::at));
        return new Person(p.number(), p.addedAt(), List.copyOf(actions), p.stages());
    }

    private void replace(Person old, Person updated) {
        people.set(people.indexOf(old), updated);
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(zone).toInstant();
    }

    private static boolean working(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * What the rep did happens in working hours: outside them it moves to the next
     * working morning.
     */
    private Instant work(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        if (working(local.toLocalDate()) && local.getHour() >= 8 && local.getHour() < 19) {
            return at;
        }
        var day = local.getHour() >= 19 ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        while (!working(day)) {
            day = day.plusDays(1);
        }
        return at(day, 9, local.getMinute());
    }

}
