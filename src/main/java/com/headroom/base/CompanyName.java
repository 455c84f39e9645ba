package com.headroom.base;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Company names as Headroom matches them: "ACME, Inc.", "Acme Corporation" and "acme" meet at the
 * key "acme". Case, accents, punctuation, "&" against "and", a leading "The" and trailing legal
 * forms (Inc, LLC, Ltd, GmbH, AG, SA, SAS, BV, Corp, Co, plc, ...) do not count.
 */
public final class CompanyName {

    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "llp", "lp", "ltd",
            "limited", "gmbh", "mbh", "ag", "kg", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "corp",
            "corporation", "co", "company", "plc", "pty", "pte", "oy", "oyj", "ab", "as", "asa", "aps", "kk", "sl",
            "slu", "ltda", "sro", "zoo", "group");

    private CompanyName() {
    }

    /** The matching key, or an empty string for a blank name. */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ");
        // "S.A." and "G.m.b.H." are legal forms too: join single letters split by dots first.
        folded = folded.replaceAll("\\b(\\p{L})\\.(?=\\p{L}\\b\\.?)", "$1");
        List<String> words = new ArrayList<>(Arrays.asList(folded.split("[^\\p{L}\\p{N}]+")));
        words.removeIf(String::isEmpty);
        if (words.isEmpty()) {
            return name.strip().toLowerCase(Locale.ROOT);
        }
        List<String> kept = new ArrayList<>(words);
        if (kept.size() > 1 && kept.getFirst().equals("the")) {
            kept.removeFirst();
        }
        // Trailing legal forms, and the "and" of "Smith & Co.".
        while (kept.size() > 1 && (LEGAL_FORMS.contains(kept.getLast()) || kept.getLast().equals("and"))) {
            kept.removeLast();
        }
        return String.join(" ", kept);
    }
}
