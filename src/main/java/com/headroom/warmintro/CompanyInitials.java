package com.headroom.warmintro;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Initials that may stand for a company: "IBM" for International Business Machines,
 * "P&amp;G" for Procter &amp; Gamble, "AT&amp;T" for American Telephone &amp; Telegraph.
 * Read from company keys ({@code base.CompanyName}), where "&amp;" is already " and ": "p
 * and g".
 */
final class CompanyInitials {

    /** The most letters initials have here; longer ones are rare and read as words. */
    static final int MOST_LETTERS = 5;

    /** Words initials often leave out: "Bank of America" is "BoA" or "BA". */
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "for", "de", "du", "des", "la", "le", "von",
            "van", "der", "und", "et", "y", "di", "da", "del");

    private CompanyInitials() {
    }

    /**
     * The initials a key is written as: "ibm" is "ibm", "p and g" is "p&amp;g", "at and
     * t" is "at&amp;t"; null when the key is not initials (a word of more than five
     * letters, digits, several words).
     */
    static @Nullable String of(String key) {
        if (key.matches("[a-z]{2," + MOST_LETTERS + "}")) {
            return key;
        }
        String[] words = key.split(" ");
        if (words.length < 3) {
            return null;
        }
        var initials = new StringBuilder();
        int letters = 0;
        boolean afterAnd = true;
        for (String word : words) {
            if (word.equals("and")) {
                if (afterAnd) {
                    return null;
                }
                initials.append('&');
                afterAnd = true;
            }
            else if (afterAnd && word.matches("[a-z]{1,2}")) {
                initials.append(word);
                letters += word.length();
                afterAnd = false;
            }
            else {
                return null;
            }
        }
        return afterAnd || letters > MOST_LETTERS ? null : initials.toString();
    }

    /**
     * The initials a name of several words may be written as: each word's first letter,
     * its "and" as "&amp;" or left out, its small words kept or left out. "procter and
     * gamble" gives "p&amp;g" and "pg"; "bank of america" "boa" and "ba". None for a name
     * that is initials itself, or that has no word of three letters or more.
     */
    static Set<String> ofWords(String key) {
        List<String> words = List.of(key.split(" "));
        if (of(key) != null || words.stream().filter(w -> !w.equals("and")).count() < 2
                || words.stream().noneMatch(w -> w.length() >= 3 && !w.equals("and"))) {
            return Set.of();
        }
        Set<String> ways = new LinkedHashSet<>();
        for (boolean keepAnd : new boolean[] { true, false }) {
            for (boolean keepSmall : new boolean[] { true, false }) {
                String initials = initials(words, keepAnd, keepSmall);
                if (initials != null) {
                    ways.add(initials);
                }
            }
        }
        return ways;
    }

    private static @Nullable String initials(List<String> words, boolean keepAnd, boolean keepSmall) {
        var initials = new StringBuilder();
        int letters = 0;
        for (String word : words) {
            if (word.equals("and")) {
                if (keepAnd) {
                    initials.append('&');
                }
            }
            else if (keepSmall || !SMALL_WORDS.contains(word)) {
                char first = word.charAt(0);
                if (first < 'a' || first > 'z') {
                    return null;
                }
                initials.append(first);
                letters++;
            }
        }
        String written = initials.toString();
        return letters < 2 || letters > MOST_LETTERS || written.startsWith("&") || written.endsWith("&")
                || written.contains("&&") ? null : written;
    }

}
