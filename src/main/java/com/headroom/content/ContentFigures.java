package com.headroom.content;

import com.headroom.base.Dates;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The planner's arithmetic, without I/O: cadence gaps and slips, and the analytics per
 * group.
 */
public final class ContentFigures {

    /**
     * How late an item of a recurring rule's kind may be planned and still count for its
     * due day (as a slip). The planner reads this far past the last day it shows, so that
     * a due day at the end of a page sees its late item.
     */
    public static final Period LATE_BY = Period.ofWeeks(1);

    private ContentFigures() {
    }

    /**
     * An item as the cadence sees it: who, what, which day (in the team's zone), how far
     * along.
     */
    public record Planned(long id, long authorId, ContentType type, ContentStatus status, String title, LocalDate day) {
    }

    /**
     * Where the days in [from, to) fall short of the team's cadence, and which items
     * slipped.
     * @param items the team's items from the Monday on or before {@code from} until
     * {@link #LATE_BY} after {@code to}: whole weeks, and the late items of the last due
     * days
     * @param today the team's today: items planned before it and not published have
     * slipped
     */
    public static List<CadenceFinding> findings(List<Cadence> cadences, List<Planned> items, Map<Long, String> authors,
            LocalDate from, LocalDate to, LocalDate today) {
        List<CadenceFinding> findings = new ArrayList<>();
        var live = items.stream().filter(i -> i.status().planned()).toList();
        for (var cadence : cadences) {
            if (cadence.kind() == Cadence.Kind.PER_MEMBER_WEEKLY) {
                for (var monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); monday
                    .isBefore(to); monday = monday.plusWeeks(1)) {
                    var weekStart = monday;
                    var weekEnd = monday.plusWeeks(1);
                    for (var author : authors.entrySet()) {
                        long count = live.stream()
                            .filter(i -> i.authorId() == author.getKey() && !i.day().isBefore(weekStart)
                                    && i.day().isBefore(weekEnd))
                            .count();
                        if (count < cadence.perWeek()) {
                            findings.add(new CadenceFinding(CadenceFinding.Kind.GAP, weekStart, author.getKey(),
                                    author.getValue() + ": " + count + " of " + cadence.perWeek() + " posts planned in"
                                            + " the week of " + Dates.day(weekStart) + "."));
                        }
                    }
                }
            }
            else {
                var ofType = live.stream().filter(i -> i.type() == cadence.type()).toList();
                for (var due : dueDays(cadence, from, to)) {
                    if (ofType.stream().anyMatch(i -> i.day().equals(due))) {
                        continue;
                    }
                    var lastLateDay = lastLateDay(cadence, due);
                    var late = ofType.stream()
                        .filter(i -> i.day().isAfter(due) && !i.day().isAfter(lastLateDay))
                        .min(Comparator.comparing(Planned::day));
                    if (late.isPresent()) {
                        findings.add(new CadenceFinding(CadenceFinding.Kind.SLIP, due, late.get().authorId(),
                                cadence.type().label() + " due " + Dates.day(due) + " is planned for "
                                        + Dates.day(late.get().day()) + "."));
                    }
                    else {
                        findings.add(new CadenceFinding(CadenceFinding.Kind.GAP, due, null,
                                cadence.type().label() + " due " + Dates.day(due)
                                        + ": nothing planned from that day to " + Dates.day(lastLateDay) + "."));
                    }
                }
            }
        }
        for (var item : live) {
            if (item.status() != ContentStatus.PUBLISHED && item.day().isBefore(today) && !item.day().isBefore(from)
                    && item.day().isBefore(to)) {
                findings.add(new CadenceFinding(CadenceFinding.Kind.SLIP, item.day(), item.authorId(),
                        "\"" + item.title() + "\" was planned for " + Dates.day(item.day())
                                + " and is not published yet (" + item.status().label().toLowerCase(Locale.ROOT)
                                + ")."));
            }
        }
        findings.sort(Comparator.comparing(CadenceFinding::day));
        return findings;
    }

    /** The days in [from, to) on which a recurring cadence expects an item. */
    static List<LocalDate> dueDays(Cadence cadence, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (var day = firstDueDay(cadence); day.isBefore(to); day = day.plusWeeks(cadence.everyWeeks())) {
            if (!day.isBefore(from)) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * The last day on which an item still counts, late, for a due day: a week after it
     * (the same weekday), or the day before the next due day when that comes sooner (a
     * weekly rule), since an item on a due day is that day's own.
     */
    static LocalDate lastLateDay(Cadence cadence, LocalDate due) {
        var weekLater = due.plus(LATE_BY);
        var nextDue = due.plusWeeks(cadence.everyWeeks());
        return weekLater.isBefore(nextDue) ? weekLater : nextDue.minusDays(1);
    }

    private static LocalDate firstDueDay(Cadence cadence) {
        return cadence.startsOn().with(TemporalAdjusters.nextOrSame(cadence.weekday()));
    }

    /** How to group the analytics. */
    public enum Dimension {

        TYPE("Type"), TOPIC("Topic"), AUTHOR("Author");

        private final String label;

        Dimension(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }

    /** A published item with its latest totals: what the analytics count. */
    public record Result(ContentType type, String topic, String author, Snapshot latest, int inbound) {
    }

    /**
     * Per group: posts, median impressions, engagement rate, inbound connection requests
     * and followers per post; the groups that bring the most requests per post first.
     */
    public static List<AnalyticsRow> analytics(List<Result> results, Dimension dimension) {
        Function<Result, String> key = switch (dimension) {
            case TYPE -> r -> r.type().label();
            case TOPIC -> r -> r.topic() == null ? "No topic" : r.topic();
            case AUTHOR -> Result::author;
        };
        Map<String, List<Result>> groups = new LinkedHashMap<>();
        for (var r : results) {
            groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        List<AnalyticsRow> rows = new ArrayList<>();
        for (var group : groups.entrySet()) {
            var posts = group.getValue();
            var measured = posts.stream().filter(r -> r.latest() != null).toList();
            long[] impressions = measured.stream().mapToLong(r -> r.latest().impressions()).sorted().toArray();
            long median = impressions.length == 0 ? 0 : impressions.length % 2 == 1
                    ? impressions[impressions.length / 2]
                    : Math.round((impressions[impressions.length / 2 - 1] + impressions[impressions.length / 2]) / 2.0);
            long allImpressions = measured.stream().mapToLong(r -> r.latest().impressions()).sum();
            long engaged = measured.stream()
                .mapToLong(r -> (long) r.latest().reactions() + r.latest().comments() + r.latest().reposts())
                .sum();
            int inbound = posts.stream().mapToInt(Result::inbound).sum();
            long followers = measured.stream().mapToLong(r -> r.latest().followersGained()).sum();
            rows.add(new AnalyticsRow(group.getKey(), posts.size(), measured.size(), median,
                    allImpressions == 0 ? 0 : (double) engaged / allImpressions, (double) inbound / posts.size(),
                    (double) followers / posts.size(), inbound));
        }
        rows.sort(
                Comparator.comparingDouble(AnalyticsRow::inboundPerPost).reversed().thenComparing(AnalyticsRow::group));
        return rows;
    }

    static LocalDate day(Instant at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toLocalDate();
    }

}
