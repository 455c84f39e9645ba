package com.headroom.outreach;

import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.commons.statistics.inference.ChiSquareTest;

/**
 * Two success rates side by side (two templates, warmed and cold invitations), with
 * Pearson's chi-square test on their 2×2 table (the same as a two-sided two-proportion
 * z-test), said plainly: the one wording every comparison in Headroom uses.
 */
final class RateComparison {

    /**
     * Below this many expected successes or failures per side a chi-square test is not
     * reliable.
     */
    static final int MIN_EXPECTED = 5;

    static final double SIGNIFICANCE = 0.05;

    private RateComparison() {
    }

    /**
     * One side: its name as the sentence says it, successes of how many tries.
     *
     * @param plural the name is plural ("cold invitations do better")
     */
    record Side(String name, int successes, int tries, boolean plural) {

        Side(String name, int successes, int tries) {
            this(name, successes, tries, false);
        }

        String describe(String noun) {
            return name + " " + successes + " of " + tries + " " + noun
                    + (tries == 0 ? "" : " (" + Math.round(100.0 * successes / tries) + "%)");
        }
    }

    /**
     * @param pValue empty while too few have been tried for the test to mean anything
     */
    record Verdict(OptionalDouble pValue, boolean significant, String sentence) {
    }

    /**
     * @param noun what success is ("accepted", "answered")
     * @param meanwhile what to do while the difference could be chance ("keep using
     * both")
     */
    static Verdict compare(Side first, Side second, String noun, String meanwhile) {
        String rates = first.describe(noun) + "; " + second.describe(noun) + ".";
        long total = (long) first.tries() + second.tries();
        long successes = (long) first.successes() + second.successes();
        long failures = total - successes;
        double expectedMin = total == 0 ? 0 : Math.min(
                Math.min(first.tries() * (double) successes / total, first.tries() * (double) failures / total),
                Math.min(second.tries() * (double) successes / total, second.tries() * (double) failures / total));
        if (first.tries() == 0 || second.tries() == 0 || expectedMin < MIN_EXPECTED) {
            return new Verdict(OptionalDouble.empty(), false,
                    rates + " Not enough sent yet to tell them apart: " + meanwhile + ".");
        }
        long[][] table = { { first.successes(), first.tries() - first.successes() },
                { second.successes(), second.tries() - second.successes() } };
        double p = ChiSquareTest.withDefaults().test(table).getPValue();
        String pText = String.format(Locale.ENGLISH, "p = %.3f", p);
        if (p < SIGNIFICANCE) {
            var better = first.successes() * (double) second.tries() >= second.successes() * (double) first.tries()
                    ? first : second;
            return new Verdict(OptionalDouble.of(p), true,
                    rates + " " + Character.toUpperCase(better.name().charAt(0)) + better.name().substring(1)
                            + (better.plural() ? " do" : " does")
                            + " better, and the difference is unlikely to be chance (" + pText + ").");
        }
        return new Verdict(OptionalDouble.of(p), false,
                rates + " The difference is not yet significant: it could be" + " chance (" + pText + "). "
                        + Character.toUpperCase(meanwhile.charAt(0)) + meanwhile.substring(1) + ".");
    }

}
