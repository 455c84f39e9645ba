package com.headroom.base;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Company names as Headroom matches them, everywhere (do-not-contact companies,
 * prospects' companies, warm introductions): "ACME, Inc.", "Acme Corporation" and "The
 * Acme Company" all meet at "acme"; "Müller AG", "Mueller Aktiengesellschaft" and "Muller
 * AG" at "muller". The rules, in order:
 * <ol>
 * <li>A null or blank name has the key "".</li>
 * <li>Unicode NFKD (full-width "ＡＣＭＥ" is "ACME"), then accents fold away ("Société" is
 * "societe", "Müller" is "muller"). Only on Latin, Greek, Cyrillic, Arabic and Hebrew
 * letters: there a mark is an accent or an optional vowel sign, while in other scripts it
 * is part of the letter (the ゛ of ダ, the vowel signs of Hindi) and stays.</li>
 * <li>Lower case ({@link Locale#ROOT}); the Latin letters without a decomposition are
 * spelled out: "ß" is "ss", "æ" "ae", "ø" and "œ" "oe", "ł" "l", "đ" "d", "ı" "i".
 * "&amp;" and "+" become " and ", so "P&amp;G" is "p and g".</li>
 * <li>Anything but a letter or digit of any script becomes a space; spaces collapse.</li>
 * <li>German spelled without umlauts meets German with them, both ways: in each word an
 * "e" right after "a", "o" or "u" goes, so "mueller", "müller" and "muller" are all
 * "muller", "koenig" is "konig", "baeckerei" is "backerei". Not after the "u" of "qu"
 * ("queen") or of a vowel pair ("bauer", "treue"), where no umlaut is ever written
 * so.</li>
 * <li>A leading "the" goes.</li>
 * <li>Trailing legal forms go, repeatedly, while one word remains, long forms as well as
 * short ({@link LegalForms}): Inc(orporated), LLC and Limited Liability Company, Ltd and
 * Limited, GmbH and Gesellschaft mit beschränkter Haftung, AG and Aktiengesellschaft,
 * KG(aA), SE, SA and Société Anonyme, SAS, SARL, SL, SRL, SpA, BV, NV, Oy(j), AB, AS(A),
 * ApS, plc, Pty, Pvt, Pte, Corp(oration), Co, Company and kin. Dotted forms ("L.L.C.",
 * "S.A.") arrive as single letters and are joined first: a trailing run of single letters
 * counts as one word. The "and" of "&amp; Co." goes with the "Co", so "GmbH &amp; Co. KG"
 * goes whole, while "Johnson &amp; Johnson" keeps its "and".</li>
 * <li>The key is at most 150 characters.</li>
 * </ol>
 * "Group" and "Holding(s)" stay: "Acme Group" and "Acme" are often different companies.
 * Legal forms in other scripts (ООО, 株式会社) stay too: they sit in front of the name as
 * often as after it, and Japanese writes them without a space, so each language would
 * need a rule of its own. A name that is nothing but a legal form keeps it ("Inc." is
 * "inc"), so a real name never has an empty key; a name without any letter or digit has
 * the key "", which meets nothing.
 * <p>
 * What the umlaut rule merges by mistake: names that differ only by such an "e" ("Aeon"
 * and "Aon", "Blue" and "Blu", "Joe's" and "Jo's"). Admins split a wrong merge off for
 * warm introductions.
 */
public final class CompanyName {

    /** The longest key; longer names are cut, as no real company name runs so long. */
    private static final int MAX_LENGTH = 150;

    private static final Set<UnicodeScript> ACCENTED_SCRIPTS = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK,
            UnicodeScript.CYRILLIC, UnicodeScript.ARABIC, UnicodeScript.HEBREW);

    private CompanyName() {
    }

    /** The matching key of a company name; "" for a null or blank one. */
    public static String key(String companyName) {
        if (companyName == null || companyName.isBlank()) {
            return "";
        }
        List<String> words = words(companyName);
        if (words.isEmpty()) {
            return "";
        }
        if (words.size() > 1 && words.getFirst().equals("the")) {
            words.removeFirst();
        }
        LegalForms.dropFrom(words);
        // NFC puts back together what NFKD took apart and we kept: ダ, Korean syllables.
        return cap(Normalizer.normalize(String.join(" ", words), Normalizer.Form.NFC));
    }

    /**
     * The words of a name after rules 2 to 5: folded, lower case, umlauts met; none for
     * no letter or digit.
     */
    static List<String> words(String name) {
        String text = spellOut(dropAccents(Normalizer.normalize(name, Normalizer.Form.NFKD)).toLowerCase(Locale.ROOT))
            .replaceAll("[&+]", " and ")
            // Marks still here belong to their letters (see dropAccents), so they are not
            // separators.
            .replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ")
            .strip();
        List<String> words = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String word : text.split(" ")) {
                words.add(withoutUmlautE(word));
            }
        }
        return words;
    }

    /**
     * The Latin letters NFKD leaves whole, written the way people type them without the
     * letter.
     */
    private static String spellOut(String lower) {
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            String spelled = switch (lower.charAt(i)) {
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'ø', 'œ' -> "oe";
                case 'ł' -> "l";
                case 'đ' -> "d";
                case 'ı' -> "i";
                default -> null;
            };
            if (spelled != null && out == null) {
                out = new StringBuilder(lower.length() + 4).append(lower, 0, i);
            }
            if (out != null) {
                if (spelled != null) {
                    out.append(spelled);
                }
                else {
                    out.append(lower.charAt(i));
                }
            }
        }
        return out == null ? lower : out.toString();
    }

    /**
     * "ae", "oe", "ue" as "a", "o", "u": the way German is written without umlauts, so
     * that it meets the umlaut with its accent folded away. The "u" of "qu" and of a
     * vowel pair ("au", "eu") keeps its "e". Decided on what is already written out, so
     * the rule gives the same word twice over.
     */
    static String withoutUmlautE(String word) {
        if (word.indexOf('e') < 1) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'e' && !out.isEmpty() && umlautVowel(out)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether the last letter written is the vowel of an umlaut spelled with "e". */
    private static boolean umlautVowel(StringBuilder out) {
        char last = out.charAt(out.length() - 1);
        if (last == 'a' || last == 'o') {
            return true;
        }
        if (last != 'u') {
            return false;
        }
        char before = out.length() > 1 ? out.charAt(out.length() - 2) : ' ';
        return "qaeiou".indexOf(before) < 0;
    }

    /**
     * Drops combining marks sitting on letters of {@link #ACCENTED_SCRIPTS}, or on no
     * letter at all.
     */
    private static String dropAccents(String decomposed) {
        StringBuilder kept = new StringBuilder(decomposed.length());
        boolean accentable = true;
        for (int i = 0; i < decomposed.length();) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isMark(codePoint)) {
                if (accentable) {
                    continue;
                }
            }
            else {
                accentable = !Character.isLetter(codePoint) || ACCENTED_SCRIPTS.contains(UnicodeScript.of(codePoint));
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

    /**
     * Joins a trailing run of single letters: "l l c" (from "L.L.C.") is "llc", "i b m"
     * is "ibm". Should only the end of the run be a legal form ("x s a"), only that end
     * is joined, so the form can go. Single letters elsewhere stay apart: "p and g" is
     * not "pandg".
     */
    static void joinTrailingInitials(List<String> words) {
        int start = words.size();
        while (start > 0 && isSingleLetter(words.get(start - 1))) {
            start--;
        }
        if (words.size() - start < 2) {
            return;
        }
        int joinFrom = start;
        for (int from = start; from <= words.size() - 2; from++) {
            if (LegalForms.isForm(String.join("", words.subList(from, words.size())))) {
                joinFrom = from;
                break;
            }
        }
        List<String> run = words.subList(joinFrom, words.size());
        // Joined, the letters are a word like any other: "A.E." is "ae", so "a", like
        // "AE".
        String joined = withoutUmlautE(String.join("", run));
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
