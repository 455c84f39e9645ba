package com.headroom.prospect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Of the prospects that reached a stage in a period, how many went on to the next one (by
 * now). A prospect that skipped a stage reached it when it reached a later one.
 *
 * @param reached prospects that first reached {@code from} (or a later stage) in the
 * period
 * @param wentOn of those, the ones that have reached {@code to} (or a later stage) since
 */
public record StageConversion(Stage from, Stage to, int reached, int wentOn) {

    /** The steps results follow, in order: from the invitation to the win. */
    public static final List<Stage> STEPS = List.of(Stage.INVITED, Stage.CONNECTED, Stage.CONVERSATION, Stage.MEETING,
            Stage.OPPORTUNITY, Stage.WON);

    public Optional<Integer> percent() {
        return reached == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * wentOn / reached));
    }

    /**
     * "Of 40 people who reached Connected, 12 (30%) reached In conversation"; "Nobody
     * reached Meeting".
     */
    public String sentence() {
        if (reached == 0) {
            return "Nobody reached " + from.label() + " in this period.";
        }
        return "Of " + reached + (reached == 1 ? " person" : " people") + " who reached " + from.label() + ", " + wentOn
                + " (" + percent().orElseThrow() + "%) reached " + to.label() + ".";
    }

    /**
     * The conversions between consecutive steps, from each prospect's first times at the
     * steps (an array per prospect, in {@link #STEPS} order, null where never reached).
     */
    public static List<StageConversion> of(Collection<Instant[]> firstTimes, Instant from, Instant to) {
        List<StageConversion> steps = new ArrayList<>();
        for (int i = 0; i + 1 < STEPS.size(); i++) {
            int reached = 0;
            int wentOn = 0;
            for (var times : firstTimes) {
                var at = reachedAt(times, i);
                if (at != null && !at.isBefore(from) && at.isBefore(to)) {
                    reached++;
                    if (reachedAt(times, i + 1) != null) {
                        wentOn++;
                    }
                }
            }
            steps.add(new StageConversion(STEPS.get(i), STEPS.get(i + 1), reached, wentOn));
        }
        return steps;
    }

    /** When a prospect first reached a step or any later one. */
    static Instant reachedAt(Instant[] times, int step) {
        Instant first = null;
        for (int j = step; j < times.length; j++) {
            if (times[j] != null && (first == null || times[j].isBefore(first))) {
                first = times[j];
            }
        }
        return first;
    }

    /** The first times per prospect, from (prospect, stage label, first time) rows. */
    static Map<Long, Instant[]> firstTimes(List<PipelineStore.FirstReached> rows) {
        Map<Long, Instant[]> times = new java.util.HashMap<>();
        for (var row : rows) {
            int step = -1;
            for (int i = 0; i < STEPS.size(); i++) {
                if (STEPS.get(i).label().equals(row.stageLabel())) {
                    step = i;
                }
            }
            if (step >= 0) {
                var t = times.computeIfAbsent(row.prospectId(), p -> new Instant[STEPS.size()]);
                if (t[step] == null || row.at().isBefore(t[step])) {
                    t[step] = row.at();
                }
            }
        }
        return times;
    }

}
