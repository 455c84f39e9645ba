package com.headroom.prospect;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words as the free-text filter compares them: lower case, accents folded, split at
 * anything that is not a letter or digit ("Head of Sales, Müller-Lüdenscheidt GmbH" gives
 * head, sales, muller, ludenscheidt).
 */
final class SearchWords {

    static final int MAX_LENGTH = 60;

    /**
     * Words nobody searches by, left out of the index (and out of queries) because nearly
     * every prospect has them: joining words of headlines, and the most common legal
     * forms.
     */
    private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "at", "in", "to", "a", "an", "gmbh",
            "inc", "llc", "ltd", "plc");

    private SearchWords() {
    }

    static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            words.addAll(split(text));
        }
        return words;
    }

    /**
     * The words of what someone typed into the search, to be matched as prefixes.
     * Unindexed words are left out when other words remain ("head of sales"), and kept
     * when they are all there is: "an" is on its way to "Anna".
     */
    static List<String> query(String typed) {
        var words = split(typed, false);
        var indexed = words.stream().filter(w -> !SKIPPED.contains(w)).toList();
        return indexed.isEmpty() ? List.copyOf(words) : indexed;
    }

    private static Set<String> split(String text) {
        return split(text, true);
    }

    private static Set<String> split(String text, boolean skipUnindexed) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !(skipUnindexed && SKIPPED.contains(word))) {
                words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
            }
        }
        return words;
    }

}
