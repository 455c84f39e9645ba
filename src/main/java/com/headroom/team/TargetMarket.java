package com.headroom.team;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whom a team targets: its regions and industries as free-text terms, matched against a
 * prospect's location and industry by normalised words. A term matches when every one of
 * its words is among the field's: "Germany" matches "Munich, Bavaria, Germany", "United
 * States" matches "Austin, Texas, United States", "Software" matches "Computer Software";
 * case, accents and punctuation do not count ("Zürich" = "zurich").
 */
public final class TargetMarket {

    /** Warm-up counts engagement in this many days before an invitation. */
    public static final int WARM_UP_WINDOW_DAYS = 14;

    public static final int MOST_TERMS = 100;

    public static final int TERM_LENGTH = 80;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Words that say nothing about a place or an industry. */
    private static final Set<String> FILLER = Set.of("and", "the", "of", "und", "et");

    /** Whether an invitation went to the team's targets. */
    public enum Fit {

        INSIDE, OUTSIDE,
        /** No location or industry on file where the team names targets. */
        UNKNOWN

    }

    private final List<Set<String>> regions;

    private final List<Set<String>> industries;

    private TargetMarket(Collection<String> regions, Collection<String> industries) {
        this.regions = wordSets(regions);
        this.industries = wordSets(industries);
    }

    public static TargetMarket of(TeamPolicySettings policy) {
        return new TargetMarket(policy.targetRegions(), policy.targetIndustries());
    }

    /** Whether the team names any target at all: without one, nothing is outside. */
    public boolean namesTargets() {
        return !regions.isEmpty() || !industries.isEmpty();
    }

    /**
     * Outside when a known location or industry misses every term the team names for it;
     * unknown when one is missing and the other does not already put the person outside.
     */
    public Fit fit(@Nullable String location, @Nullable String industry) {
        Fit place = fitOf(regions, location);
        Fit trade = fitOf(industries, industry);
        if (place == Fit.OUTSIDE || trade == Fit.OUTSIDE) {
            return Fit.OUTSIDE;
        }
        return place == Fit.UNKNOWN || trade == Fit.UNKNOWN ? Fit.UNKNOWN : Fit.INSIDE;
    }

    private static Fit fitOf(List<Set<String>> terms, @Nullable String field) {
        if (terms.isEmpty()) {
            return Fit.INSIDE;
        }
        var words = words(field);
        if (words.isEmpty()) {
            return Fit.UNKNOWN;
        }
        for (var term : terms) {
            if (words.containsAll(term)) {
                return Fit.INSIDE;
            }
        }
        return Fit.OUTSIDE;
    }

    /** Lower case, no accents, no punctuation, no filler words. */
    static Set<String> words(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        Set<String> words = new HashSet<>();
        for (String word : NOT_A_WORD.split(plain.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<Set<String>> wordSets(Collection<String> terms) {
        List<Set<String>> sets = new ArrayList<>();
        for (String term : terms) {
            var words = words(term);
            if (!words.isEmpty()) {
                sets.add(words);
            }
        }
        return List.copyOf(sets);
    }

    /**
     * Terms as stored: trimmed, blanks dropped, one of each regardless of case, in
     * alphabetical order.
     */
    static SortedSet<String> terms(@Nullable Collection<String> terms) {
        SortedSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (terms != null) {
            for (String term : terms) {
                if (term != null && !term.isBlank()) {
                    sorted.add(term.strip().replaceAll("\\s+", " "));
                }
            }
        }
        return Collections.unmodifiableSortedSet(sorted);
    }

    static boolean withinBounds(Set<String> terms) {
        return terms.size() <= MOST_TERMS && terms.stream().allMatch(t -> t.length() <= TERM_LENGTH);
    }

    /** One term per line, as the policy table holds them. */
    static String toColumn(Set<String> terms) {
        return String.join("\n", terms);
    }

    static Set<String> fromColumn(@Nullable String column) {
        return column == null || column.isBlank() ? Set.of() : terms(List.of(column.split("\n")));
    }

}
