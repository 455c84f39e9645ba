package com.headroom.outreach;

import com.headroom.base.Dates;
import com.headroom.prospect.ProspectEmails;
import com.headroom.prospect.ProspectRow;
import com.headroom.prospect.ProspectService;
import com.headroom.security.CurrentUser;
import com.headroom.base.RuleViolation;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.Role;
import org.springframework.security.access.AccessDeniedException;
import com.headroom.security.SignedIn;
import com.headroom.team.AccountService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everyone's start screen: the rep's headroom, its health and today's to-do list. */
@Service
@SignedIn
public class MyDayService {

    static final Duration FOLLOW_UP_WINDOW = Duration.ofDays(30);
    static final Duration QUIET_FOR = Duration.ofDays(7);
    static final int TODO_LIMIT = 10;

    /** A withdrawn invitation suggests e-mail for this long. */
    static final Duration SWITCH_WINDOW = Duration.ofDays(90);

    private final OutreachStore store;

    private final MemberSeats seats;

    private final OverrideService overrides;

    private final ProspectService prospects;

    private final ProspectEmails prospectEmails;

    private final AccountService accounts;

    private final TeamNames teamNames;

    private final CurrentUser currentUser;

    private final Clock clock;

    private final PlaybookDay playbook;

    MyDayService(OutreachStore store, MemberSeats seats, OverrideService overrides, ProspectService prospects,
            ProspectEmails prospectEmails, AccountService accounts, TeamNames teamNames, CurrentUser currentUser,
            Clock clock, PlaybookDay playbook) {
        this.playbook = playbook;
        this.prospectEmails = prospectEmails;
        this.teamNames = teamNames;
        this.store = store;
        this.seats = seats;
        this.overrides = overrides;
        this.prospects = prospects;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The member's start screen: headroom, health and today's to-do list. */
    @Transactional(readOnly = true)
    public MyDay myDay() {
        var me = currentUser.require();
        String firstName = me.displayName().split(" ")[0];
        boolean manager = me.role() == Role.MANAGER;
        int toDecide = manager ? overrides.waitingForMe() : 0;
        int pastLimit = manager ? overrides.loggedPastALimitThisWeek() : 0;
        var seat = seats.of(me.accountId());
        if (seat.isEmpty()) {
            return new MyDay(firstName, Optional.empty(), Optional.empty(), MyDay.Todos.none(), MyDay.Todos.none(),
                    MyDay.Todos.none(), MyDay.Todos.none(), MyDay.Todos.none(), ChannelFunnel.NONE, toDecide, pastLimit,
                    List.of(), ZoneOffset.UTC, MyDay.Todos.none(), MyDay.KeepInTouch.none(0));
        }
        return dayOf(seat.get(), firstName, accounts.mySeat().teamName(), toDecide, pastLimit,
                quiet -> prospects.dueForNextStep(seat.get().teamId(), QUIET_FOR, TODO_LIMIT),
                () -> prospects.countDueForNextStep(seat.get().teamId(), QUIET_FOR), true);
    }

    /**
     * A member's My day as they see it, for a manager of their team (or an admin) to
     * read: the same gauges, reasons and to-do list, nothing to act on.
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public MyDay dayOf(long memberId) {
        var seat = seats.of(memberId)
            .orElseThrow(() -> new RuleViolation("That person has no LinkedIn seat in" + " Headroom."));
        if (!teamNames.visibleTeams().contains(seat.teamId())) {
            throw new AccessDeniedException("Not a member of a team of yours");
        }
        String teamName = teamNames.teamName(seat.teamId());
        String firstName = seat.history().displayName().split(" ")[0];
        if (currentUser.require().role() == com.headroom.security.Role.ADMIN) {
            // Administrators run Headroom but read no prospect: the counts without the
            // people.
            return dayOf(seat, firstName, Optional.ofNullable(teamName), 0, 0, quiet -> List.of(), () -> 0, false);
        }
        return dayOf(seat, firstName, Optional.ofNullable(teamName), 0, 0,
                quiet -> prospects.dueForNextStepOf(seat.teamId(), memberId, QUIET_FOR, TODO_LIMIT),
                () -> prospects.countDueForNextStepOf(seat.teamId(), memberId, QUIET_FOR), true);
    }

    private MyDay dayOf(MemberSeats.Seat seat, String firstName, Optional<String> teamName, int toDecide, int pastLimit,
            java.util.function.Function<Duration, List<ProspectRow>> dueForNextStep,
            java.util.function.IntSupplier dueInAllCount, boolean withProspects) {
        long memberId = seat.memberId();
        Instant now = clock.instant();
        var ledger = store.ledger(memberId);
        var headroom = LimitsEngine.evaluate(seat.facts(), ledger, now);
        // Reversals applied once, for the to-do lists and the channel counts.
        var effective = LimitsEngine.effective(ledger, now);
        long teamId = seat.teamId();
        var zone = ZoneId.of(seat.facts().policy().timeZone());

        var inv = headroom.invitations();
        List<Todo> withdraw = new ArrayList<>();
        var reminded = store.reminders(memberId);
        for (var p : inv.withdrawDue()) {
            var since = reminded.get(p.entryId());
            withdraw.add(new Todo(p.prospectId(), p.sentAt(),
                    "Invited " + days(p.sentAt(), now) + " days ago, no answer: withdraw the invitation"
                            + (since == null ? "" : " (on your list since " + Dates.day(since, zone) + ")")));
        }
        List<Todo> followUp = new ArrayList<>();
        for (var accepted : acceptedWithoutMessage(effective, now)) {
            followUp.add(new Todo(accepted.prospectId(), accepted.at(),
                    "Accepted " + days(accepted.at(), now) + " days ago: send a first message"));
        }
        List<Todo> inMails = new ArrayList<>();
        for (var p : headroom.inMail().awaitingReply()) {
            inMails.add(new Todo(p.prospectId(), p.sentAt(),
                    "InMail sent " + days(p.sentAt(), now) + " days ago, no answer yet"));
        }
        var channels = ChannelFunnel.since(effective, now.minus(FOLLOW_UP_WINDOW));
        if (!withProspects) {
            return new MyDay(firstName, teamName, Optional.of(headroom), count(withdraw), count(followUp),
                    count(inMails), MyDay.Todos.none(), MyDay.Todos.none(), channels, toDecide, pastLimit, List.of(),
                    zone, MyDay.Todos.none(), MyDay.KeepInTouch.none(0));
        }
        var warmUp = WarmUp.of(effective, zone, seat.facts().policy().warmUpDays());
        List<Todo> warmUps = playbook.warmUpToday(teamId, memberId, warmUp, now, zone)
            .stream()
            .map(w -> new Todo(w.prospectId(), w.since(), w.what()))
            .toList();
        List<Todo> tryEmail = tryEmail(effective, inv.withdrawDue(), teamId, now);
        Set<Long> ids = new HashSet<>();
        tryEmail.stream().limit(TODO_LIMIT).forEach(t -> ids.add(t.prospectId()));
        withdraw.stream().limit(TODO_LIMIT).forEach(t -> ids.add(t.prospectId()));
        followUp.stream().limit(TODO_LIMIT).forEach(t -> ids.add(t.prospectId()));
        inMails.stream().limit(TODO_LIMIT).forEach(t -> ids.add(t.prospectId()));
        warmUps.stream().limit(TODO_LIMIT).forEach(t -> ids.add(t.prospectId()));
        Map<Long, ProspectRow> rows = prospects.rows(teamId, ids);
        List<MyDay.Todo> nextSteps = new ArrayList<>();
        var due = dueForNextStep.apply(QUIET_FOR);
        int dueInAll = due.size() < TODO_LIMIT ? due.size() : dueInAllCount.getAsInt();
        for (var row : due) {
            nextSteps.add(new MyDay.Todo(row.id(), row.fullName(), row.company(), nextStep(row, warmUp, now),
                    row.lastActivityAt()));
        }
        return new MyDay(firstName, teamName, Optional.of(headroom), todos(withdraw, rows), todos(followUp, rows),
                todos(inMails, rows), new MyDay.Todos(nextSteps, dueInAll), todos(tryEmail, rows), channels, toDecide,
                pastLimit, overrides.recentOf(memberId), zone, todos(warmUps, rows),
                playbook.keepInTouch(teamId, memberId, effective, now, zone));
    }

    /**
     * The switch to the second channel: people whose invitation the rep withdrew in the
     * last 90 days, or that waits past the team's reminder, who have an address worth
     * writing to and no e-mail logged since.
     */
    private List<Todo> tryEmail(List<LedgerEntry> effective, List<Headroom.PendingInvitation> withdrawDue, long teamId,
            Instant now) {
        Map<Long, Instant> stalled = new HashMap<>();
        Map<Long, String> why = new HashMap<>();
        for (var e : effective) {
            long id = e.prospectId();
            if (id == 0) {
                continue;
            }
            if (e.type() == OutreachType.INVITATION_WITHDRAWN && e.at().isAfter(now.minus(SWITCH_WINDOW))) {
                stalled.put(id, e.at());
                why.put(id, "Invitation withdrawn " + days(e.at(), now) + " days ago");
            }
            else if (e.type() == OutreachType.INVITATION_ACCEPTED || e.type() == OutreachType.INVITATION_SENT
                    || e.type().isEmail()) {
                stalled.remove(id);
            }
        }
        for (var p : withdrawDue) {
            stalled.putIfAbsent(p.prospectId(), p.sentAt());
            why.putIfAbsent(p.prospectId(), "Invited " + days(p.sentAt(), now) + " days ago, no answer");
        }
        if (stalled.isEmpty()) {
            return List.of();
        }
        var addresses = prospectEmails.usableAddresses(teamId, stalled.keySet());
        return stalled.entrySet()
            .stream()
            .filter(s -> addresses.containsKey(s.getKey()))
            .sorted(Map.Entry.comparingByValue())
            .map(s -> new Todo(s.getKey(), s.getValue(),
                    why.get(s.getKey()) + ": write to " + addresses.get(s.getKey()) + " instead"))
            .toList();
    }

    private static String nextStep(ProspectRow row, WarmUp warmUp, Instant now) {
        long quiet = days(row.lastActivityAt(), now);
        return switch (row.stage()) {
            case RESEARCHED, ENGAGED -> row.stage().label() + " " + quiet + " days ago: "
                    + (warmUp.daysNeeded() == 0 ? "ready for an invitation" : warmUp.before(row.id(), now).warmed()
                            ? "warmed up, ready for an invitation" : "still cold, warm up before inviting");
            default -> row.stage().label() + ", quiet for " + quiet + " days: propose the next step";
        };
    }

    private static long days(Instant from, Instant to) {
        return Duration.between(from, to).toDays();
    }

    private record Accepted(long prospectId, Instant at) {
    }

    /**
     * People who accepted in the last 30 days and have heard nothing since, oldest first.
     */
    private static List<Accepted> acceptedWithoutMessage(List<LedgerEntry> effective, Instant now) {
        Map<Long, Instant> accepted = new HashMap<>();
        Set<Long> contacted = new HashSet<>();
        for (var e : effective) {
            if (e.type() == OutreachType.INVITATION_ACCEPTED && e.at().isAfter(now.minus(FOLLOW_UP_WINDOW))) {
                accepted.put(e.prospectId(), e.at());
                contacted.remove(e.prospectId());
            }
            else if ((e.type() == OutreachType.MESSAGE_SENT || e.type() == OutreachType.MESSAGE_REPLIED
                    || e.type() == OutreachType.INMAIL_SENT || e.type() == OutreachType.EMAIL_SENT)
                    && accepted.containsKey(e.prospectId())) {
                contacted.add(e.prospectId());
            }
        }
        return accepted.entrySet()
            .stream()
            .filter(a -> !contacted.contains(a.getKey()) && a.getKey() != 0)
            .map(a -> new Accepted(a.getKey(), a.getValue()))
            .sorted(Comparator.comparing(Accepted::at))
            .toList();
    }

    private record Todo(long prospectId, Instant since, String what) {
    }

    private static MyDay.Todos count(List<Todo> todos) {
        return new MyDay.Todos(List.of(), todos.size());
    }

    private static MyDay.Todos todos(List<Todo> todos, Map<Long, ProspectRow> rows) {
        List<MyDay.Todo> shown = new ArrayList<>();
        for (var t : todos) {
            var row = rows.get(t.prospectId());
            if (row != null && shown.size() < TODO_LIMIT) {
                shown.add(new MyDay.Todo(t.prospectId(), row.fullName(), row.company(), t.what(), t.since()));
            }
        }
        // Erased people have no row: they are not counted either.
        int gone = (int) todos.stream().limit(TODO_LIMIT).filter(t -> !rows.containsKey(t.prospectId())).count();
        return new MyDay.Todos(shown, todos.size() - gone);
    }

}
