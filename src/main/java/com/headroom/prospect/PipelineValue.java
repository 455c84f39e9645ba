package com.headroom.prospect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the open, won and lost deals of a list are worth: a sum per stage and currency
 * (never euros added to dollars), and how many have no value yet.
 */
public record PipelineValue(List<Sum> sums) {

    /** The stages whose deals carry a value. */
    public static final List<Stage> VALUED = List.of(Stage.OPPORTUNITY, Stage.WON, Stage.LOST);

    /**
     * Deals of one stage in one currency; currency null and total zero: those without a
     * value.
     */
    public record Sum(Stage stage, @Nullable String currency, long deals, BigDecimal total) {
    }

    public PipelineValue {
        sums = sums.stream()
            .sorted(Comparator.comparing((Sum s) -> s.stage().ordinal())
                .thenComparing(s -> s.currency() == null)
                .thenComparing(Sum::total, Comparator.reverseOrder()))
            .toList();
    }

    public List<Sum> of(Stage stage) {
        return sums.stream().filter(s -> s.stage() == stage).toList();
    }

    /** How many deals of a stage there are, with or without a value. */
    public long deals(Stage stage) {
        return of(stage).stream().mapToLong(Sum::deals).sum();
    }

    /**
     * "€120,000 in 4 opportunities, $8,000 in 1 opportunity; 2 more without a value", or
     * "no opportunities".
     */
    public String sentence(Stage stage) {
        return sentence(of(stage), noun(stage, 1), noun(stage, 2));
    }

    /**
     * The list's line: "Worth now: Opportunity €120,000 in 4 opportunities · Won €80,000
     * in 2 won deals", the stages without deals left out; empty when there are none.
     */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (Stage stage : VALUED) {
            if (deals(stage) > 0) {
                parts.add(stage.label() + " " + sentence(stage));
            }
        }
        return parts.isEmpty() ? "" : "Worth now: " + String.join(" · ", parts);
    }

    /** The same sentence over any sums (a member's or a source's won deals). */
    public static String sentence(List<Sum> sums, String one, String many) {
        List<String> valued = new ArrayList<>();
        long without = 0;
        for (var sum : sums) {
            if (sum.currency() == null) {
                without += sum.deals();
            }
            else {
                valued.add(DealValue.money(sum.total(), sum.currency()) + " in " + sum.deals() + " "
                        + (sum.deals() == 1 ? one : many));
            }
        }
        if (valued.isEmpty()) {
            return without == 0 ? "no " + many : without + " " + (without == 1 ? one : many) + " without a value";
        }
        return String.join(", ", valued) + (without == 0 ? "" : "; " + without + " more without a value");
    }

    static String noun(Stage stage, long count) {
        return switch (stage) {
            case OPPORTUNITY -> count == 1 ? "opportunity" : "opportunities";
            case WON -> count == 1 ? "won deal" : "won deals";
            case LOST -> count == 1 ? "lost deal" : "lost deals";
            default -> count == 1 ? "prospect" : "prospects";
        };
    }

}
