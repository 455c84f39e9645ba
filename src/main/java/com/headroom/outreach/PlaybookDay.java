package com.headroom.outreach;

import com.headroom.base.Dates;
import com.headroom.outreach.MyDay.KeepInTouch;
import com.headroom.outreach.MyDay.Relationship;
import com.headroom.prospect.ProspectService;
import com.headroom.team.PolicyDefaults;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The playbook's parts of My day: whom to warm up before inviting, and whom to get back
 * in touch with. Read inside My day's transaction, for the member it is about.
 */
@Component
class PlaybookDay {

    /** Planned prospects looked at for warming up: a rep's next weeks of invitations. */
    static final int PLANNED_LOOKED_AT = 500;

    static final Set<OutreachType> EXCHANGES = EnumSet.of(OutreachType.MESSAGE_SENT, OutreachType.MESSAGE_REPLIED,
            OutreachType.INMAIL_SENT, OutreachType.INMAIL_REPLIED, OutreachType.INMAIL_ACCEPTED,
            OutreachType.EMAIL_SENT, OutreachType.EMAIL_REPLIED);

    private final PlaybookStore store;

    private final ExchangeStore exchanges;

    private final CloseConnections closeConnections;

    private final ProspectService prospects;

    PlaybookDay(PlaybookStore store, ExchangeStore exchanges, CloseConnections closeConnections,
            ProspectService prospects) {
        this.store = store;
        this.exchanges = exchanges;
        this.closeConnections = closeConnections;
        this.prospects = prospects;
    }

    /** A warm-up to do, before the names are looked up. */
    record WarmUpTodo(long prospectId, Instant since, String what) {
    }

    /**
     * The member's prospects planned for an invitation (researched or engaged) that are
     * not warmed up yet and got no engagement today, nearest to warm first, then best
     * fit.
     */
    List<WarmUpTodo> warmUpToday(long teamId, long memberId, WarmUp warmUp, Instant now, ZoneId zone) {
        if (warmUp.daysNeeded() == 0) {
            return List.of();
        }
        var today = now.atZone(zone).toLocalDate();
        record Cold(long prospectId, Warmth warmth) {
        }
        List<Cold> cold = new ArrayList<>();
        for (var planned : store.plannedForInvitation(teamId, memberId, PLANNED_LOOKED_AT)) {
            var warmth = warmUp.before(planned.prospectId(), now);
            boolean engagedToday = warmth.lastEngaged()
                .map(t -> t.atZone(zone).toLocalDate().equals(today))
                .orElse(false);
            if (!warmth.warmed() && !engagedToday) {
                cold.add(new Cold(planned.prospectId(), warmth));
            }
        }
        // Stable: the store's order (best fit) within the same number of days.
        cold.sort(Comparator.comparingInt((Cold c) -> c.warmth().missing()));
        return cold.stream()
            .map(c -> new WarmUpTodo(c.prospectId(), c.warmth().lastEngaged().orElse(now), missing(c.warmth(), zone)))
            .toList();
    }

    static String missing(Warmth w, ZoneId zone) {
        if (w.days() == 0) {
            return "Not warmed up yet: view their profile or engage with a post today, on " + w.needed()
                    + " different days before you invite";
        }
        return "Engaged on " + w.days() + " of the " + w.needed() + " days before inviting (last "
                + Dates.day(w.lastEngaged().orElseThrow(), zone) + "): " + w.missing() + " more day"
                + (w.missing() == 1 ? "" : "s") + " of engagement, starting today";
    }

    /** After how many days without an exchange the member wants to hear about someone. */
    int keepInTouchDays(long memberId) {
        return store.keepInTouchDays(memberId).orElse(PolicyDefaults.KEEP_IN_TOUCH_DAYS);
    }

    /**
     * Connected prospects the member owns and connections they marked close, with no
     * exchange in their days: oldest first, at most 5 a day (people put off or caught up
     * with today count against the 5).
     */
    KeepInTouch keepInTouch(long teamId, long memberId, List<LedgerEntry> effective, Instant now, ZoneId zone) {
        int afterDays = keepInTouchDays(memberId);
        Instant quietSince = now.minus(Duration.ofDays(afterDays));
        var marks = store.marks(memberId);
        Instant todayStarts = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        int handledToday = (int) marks.values().stream().filter(m -> !m.markedAt().isBefore(todayStarts)).count();

        Map<Long, LedgerEntry> lastExchange = new HashMap<>();
        Map<Long, Instant> acceptedAt = new HashMap<>();
        for (var e : effective) {
            if (EXCHANGES.contains(e.type())) {
                lastExchange.put(e.prospectId(), e);
            }
            else if (e.type() == OutreachType.INVITATION_ACCEPTED) {
                acceptedAt.put(e.prospectId(), e.at());
            }
        }
        record Due(String key, Optional<Long> prospectId, Instant since, Optional<Instant> last, String what,
                String name, String company) {
        }
        List<Due> due = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var p : store.connectedProspects(teamId, memberId)) {
            String key = p.profileKeyHash() != null ? p.profileKeyHash() : "prospect:" + p.prospectId();
            seen.add(key);
            var mark = marks.get(key);
            if (mark != null && mark.snoozedUntil().filter(now::isBefore).isPresent()) {
                continue;
            }
            var exchange = lastExchange.get(p.prospectId());
            Optional<Instant> last = Optional.ofNullable(exchange).map(LedgerEntry::at);
            if (mark != null && mark.talkedAt().isPresent()
                    && (last.isEmpty() || mark.talkedAt().get().isAfter(last.get()))) {
                last = mark.talkedAt();
            }
            Instant since = last.orElse(acceptedAt.getOrDefault(p.prospectId(), p.lastActivityAt()));
            if (since.isBefore(quietSince)) {
                String what = last.isEmpty() ? "No exchange logged since connecting on " + Dates.day(since, zone)
                        : "Last exchange: "
                                + (exchange != null && exchange.at().equals(last.get())
                                        ? exchange.type().label() + " on " : "we talked on ")
                                + Dates.day(last.get(), zone) + " (" + Duration.between(last.get(), now).toDays()
                                + " days ago)";
                due.add(new Due(key, Optional.of(p.prospectId()), since, last, what, null, null));
            }
        }
        var close = closeConnections.of(memberId)
            .stream()
            .filter(c -> c.profileKeyHash() != null && !seen.contains(c.profileKeyHash()))
            .toList();
        if (!close.isEmpty()) {
            var logged = exchanges.between(teamId, List.of(memberId),
                    close.stream().map(CloseConnections.CloseConnection::profileKeyHash).toList(), Exchanges.BOTH_WAYS,
                    now.minus(Exchanges.QUARTER), now);
            for (var c : close) {
                var mark = marks.get(c.profileKeyHash());
                if (mark != null && mark.snoozedUntil().filter(now::isBefore).isPresent()) {
                    continue;
                }
                Optional<Instant> last = Optional
                    .ofNullable(logged.get(new Exchanges.Key(memberId, c.profileKeyHash())))
                    .map(Exchanges.Exchange::last);
                if (mark != null && mark.talkedAt().isPresent()
                        && (last.isEmpty() || mark.talkedAt().get().isAfter(last.get()))) {
                    last = mark.talkedAt();
                }
                Instant since = last
                    .orElse(c.connectedOn().map(d -> d.atStartOfDay(zone).toInstant()).orElse(Instant.EPOCH));
                if (since.isBefore(quietSince)) {
                    String what = "Close connection · " + last
                        .map(t -> "last exchange on " + Dates.day(t, zone) + " (" + Duration.between(t, now).toDays()
                                + " days ago)")
                        .orElse("no exchange logged yet"
                                + c.connectedOn().map(d -> " (connected " + Dates.day(d) + ")").orElse(""));
                    due.add(new Due(c.profileKeyHash(), Optional.empty(), since, last, what, c.name(), c.company()));
                }
            }
        }
        due.sort(Comparator.comparing(Due::since).thenComparing(Due::key));
        int room = Math.max(0, PolicyDefaults.KEEP_IN_TOUCH_A_DAY - handledToday);
        var shown = due.stream().limit(room).toList();
        var rows = prospects.rows(teamId, shown.stream().flatMap(d -> d.prospectId().stream()).toList());
        List<Relationship> people = new ArrayList<>();
        int gone = 0;
        for (var d : shown) {
            if (d.prospectId().isPresent()) {
                var row = rows.get(d.prospectId().get());
                if (row == null) {
                    // Erased since: neither shown nor counted.
                    gone++;
                    continue;
                }
                people
                    .add(new Relationship(d.key(), d.prospectId(), row.fullName(), row.company(), d.last(), d.what()));
            }
            else {
                people.add(new Relationship(d.key(), Optional.empty(), d.name(), d.company(), d.last(), d.what()));
            }
        }
        return new KeepInTouch(people, due.size() - gone, afterDays, handledToday);
    }

}
