package com.headroom.base;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Company names as Headroom matches them, everywhere (do-not-contact companies, prospects' companies,
 * warm introductions): "ACME, Inc.", "Acme Corporation" and "The Acme Company" all meet at
 * "acme". The rules, in order:
 * <ol>
 * <li>A null or blank name has the key "".</li>
 * <li>Unicode NFKD (full-width "ＡＣＭＥ" is "ACME"), then accents fold away ("Société" is
 * "societe"). Only on Latin, Greek, Cyrillic, Arabic and Hebrew letters: there a mark is an accent
 * or an optional vowel sign, while in other scripts it is part of the letter (the ゛ of ダ, the
 * vowel signs of Hindi) and stays.</li>
 * <li>Lower case ({@link Locale#ROOT}); "&amp;" and "+" become " and ", so "P&amp;G" is
 * "p and g".</li>
 * <li>Anything but a letter or digit of any script becomes a space; spaces collapse.</li>
 * <li>A leading "the" goes.</li>
 * <li>Trailing legal forms go, repeatedly, while one word remains: Inc, LLC, Ltd, GmbH, AG, KG,
 * KGaA, SE, SA, SAS, SARL, SRL, SpA, BV, NV, Oy(j), AB, AS(A), ApS, plc, Pty, Pvt, Pte, Corp(oration),
 * Co, Company and kin. Dotted forms ("L.L.C.", "S.A.") arrive as single letters and are joined
 * first: a trailing run of single letters counts as one word. The "and" of "&amp; Co." goes with
 * the "Co", so "GmbH &amp; Co. KG" goes whole, while "Johnson &amp; Johnson" keeps its "and".</li>
 * <li>The key is at most 150 characters.</li>
 * </ol>
 * "Group" and "Holding(s)" stay: "Acme Group" and "Acme" are often different companies. Legal
 * forms in other scripts (ООО, 株式会社) stay too: they sit in front of the name as often as after
 * it, and Japanese writes them without a space, so each language would need a rule of its own.
 * A name that is nothing but a legal form keeps it ("Inc." is "inc"), so a real name never has an
 * empty key; a name without any letter or digit has the key "", which meets nothing.
 */
public final class CompanyName {

    /** The longest key; longer names are cut, as no real company name runs so long. */
    private static final int MAX_LENGTH = 150;

    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "llp", "lp", "ltd",
            "limited", "gmbh", "mbh", "ag", "kg", "kgaa", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
            "oy", "oyj", "ab", "asa", "as", "aps", "plc", "pty", "pvt", "pte", "corp", "corporation", "co",
            "company");

    /** The forms written after an "and": "Smith &amp; Co.", "Meyer &amp; Company". */
    private static final Set<String> AND_FORMS = Set.of("co", "company");

    private static final Set<UnicodeScript> ACCENTED_SCRIPTS = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK,
            UnicodeScript.CYRILLIC, UnicodeScript.ARABIC, UnicodeScript.HEBREW);

    private CompanyName() {
    }

    /** The matching key of a company name; "" for a null or blank one. */
    public static String key(String companyName) {
        if (companyName == null || companyName.isBlank()) {
            return "";
        }
        String text = dropAccents(Normalizer.normalize(companyName, Normalizer.Form.NFKD))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[&+]", " and ")
                // Marks still here belong to their letters (see dropAccents), so they are not separators.
                .replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ")
                .strip();
        if (text.isEmpty()) {
            return "";
        }
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        if (words.size() > 1 && words.getFirst().equals("the")) {
            words.removeFirst();
        }
        dropLegalForms(words);
        // NFC puts back together what NFKD took apart and we kept: ダ, Korean syllables.
        return cap(Normalizer.normalize(String.join(" ", words), Normalizer.Form.NFC));
    }

    /** Drops combining marks sitting on letters of {@link #ACCENTED_SCRIPTS}, or on no letter at all. */
    private static String dropAccents(String decomposed) {
        StringBuilder kept = new StringBuilder(decomposed.length());
        boolean accentable = true;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isMark(codePoint)) {
                if (accentable) {
                    continue;
                }
            } else {
                accentable = !Character.isLetter(codePoint)
                        || ACCENTED_SCRIPTS.contains(UnicodeScript.of(codePoint));
            }
            kept.appendCodePoint(codePoint);
        }
        return kept.toString();
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static void dropLegalForms(List<String> words) {
        while (words.size() > 1) {
            joinTrailingInitials(words);
            if (words.size() < 2 || !LEGAL_FORMS.contains(words.getLast())) {
                return;
            }
            String form = words.removeLast();
            if (AND_FORMS.contains(form) && words.size() > 1 && words.getLast().equals("and")) {
                words.removeLast();
            }
        }
    }

    /**
     * Joins a trailing run of single letters: "l l c" (from "L.L.C.") is "llc", "i b m" is "ibm".
     * Should only the end of the run be a legal form ("x s a"), only that end is joined, so the form
     * can go. Single letters elsewhere stay apart: "p and g" is not "pandg".
     */
    private static void joinTrailingInitials(List<String> words) {
        int start = words.size();
        while (start > 0 && isSingleLetter(words.get(start - 1))) {
            start--;
        }
        if (words.size() - start < 2) {
            return;
        }
        int joinFrom = start;
        for (int from = start; from <= words.size() - 2; from++) {
            if (LEGAL_FORMS.contains(String.join("", words.subList(from, words.size())))) {
                joinFrom = from;
                break;
            }
        }
        List<String> run = words.subList(joinFrom, words.size());
        String joined = String.join("", run);
        run.clear();
        words.add(joined);
    }

    private static boolean isSingleLetter(String word) {
        int first = word.codePointAt(0);
        // A kept mark ("ダ" is two code points after NFKD) is still one letter.
        return Character.isLetter(first) && word.codePoints().skip(1).allMatch(CompanyName::isMark);
    }

    private static String cap(String key) {
        if (key.length() <= MAX_LENGTH) {
            return key;
        }
        int end = Character.isHighSurrogate(key.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return key.substring(0, end).strip();
    }
}
