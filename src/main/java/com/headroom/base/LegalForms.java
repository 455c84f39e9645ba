package com.headroom.base;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The legal forms {@link CompanyName} drops from the end of a name, short and long: "AG"
 * and "Aktiengesellschaft", "GmbH" and "Gesellschaft mit beschränkter Haftung", "plc" and
 * "Public Limited Company". The table is written as people write the forms and goes
 * through the same spelling rules as every name, so "beschränkter" and "beschraenkter"
 * are one word here too.
 */
final class LegalForms {

    /** As written; each line is one form, short or long. */
    private static final List<String> WRITTEN = List.of(
            // English
            "Inc", "Incorporated", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "Limited Company",
            "Company Limited", "Public Limited Company", "plc", "LLC", "Limited Liability Company", "LLP",
            "Limited Liability Partnership", "LP", "Limited Partnership", "Pty", "Proprietary Limited", "Pvt",
            "Private Limited", "Private Limited Company", "Pte",
            // German
            "AG", "Aktiengesellschaft", "GmbH", "mbH", "Gesellschaft mit beschränkter Haftung", "Gesellschaft mbH",
            "GesmbH", "Ges mbH", "KG", "Kommanditgesellschaft", "KGaA", "Kommanditgesellschaft auf Aktien",
            // Europe-wide
            "SE", "Societas Europaea",
            // French
            "SA", "Société Anonyme", "SAS", "Société par actions simplifiée", "SARL",
            "Société à responsabilité limitée",
            // Spanish and Portuguese
            "Sociedad Anónima", "Sociedade Anónima", "Sociedade Anônima", "SL", "Sociedad Limitada", "SRL",
            "Sociedad de Responsabilidad Limitada",
            // Italian
            "SpA", "Società per azioni", "Società a responsabilità limitata",
            // Dutch
            "BV", "Besloten Vennootschap", "NV", "Naamloze Vennootschap",
            // Nordic
            "AB", "Aktiebolag", "AS", "Aksjeselskap", "Aktieselskab", "ASA", "Allmennaksjeselskap", "ApS",
            "Anpartsselskab", "Oy", "Osakeyhtiö", "Oyj", "Julkinen osakeyhtiö");

    /**
     * The words a form written after an "and" starts with: "Smith &amp; Co.", "Meyer
     * &amp; Company Ltd".
     */
    private static final Set<String> AND_FORMS = Set.of("co", "company");

    /**
     * Every form as words through the spelling rules, e.g. "gesellschaft mit beschrankter
     * haftung".
     */
    private static final Set<String> FORMS = new HashSet<>();

    /** The most words a form has. */
    private static final int LONGEST;

    static {
        int longest = 1;
        for (String form : WRITTEN) {
            List<String> words = CompanyName.words(form);
            FORMS.add(String.join(" ", words));
            longest = Math.max(longest, words.size());
        }
        LONGEST = longest;
    }

    private LegalForms() {
    }

    /** Whether these words, joined by spaces, are one legal form. */
    static boolean isForm(String words) {
        return FORMS.contains(words);
    }

    /**
     * Drops trailing legal forms, repeatedly, while a word is left: the longest form
     * first, so "Public Limited Company" goes whole rather than leaving "public". The
     * "and" of "&amp; Co." goes with the "Co" (and with "Company Limited"). A name that
     * is nothing but a legal form keeps it.
     */
    static void dropFrom(List<String> words) {
        if (FORMS.contains(String.join(" ", words))) {
            return;
        }
        while (words.size() > 1) {
            CompanyName.joinTrailingInitials(words);
            int length = trailingForm(words);
            if (length == 0) {
                return;
            }
            var form = words.subList(words.size() - length, words.size());
            // "Smith & Co.", "Smith & Company Limited": the "and" goes with the form.
            boolean andForm = AND_FORMS.contains(form.getFirst());
            form.clear();
            if (andForm && words.size() > 1 && words.getLast().equals("and")) {
                words.removeLast();
            }
        }
    }

    /**
     * The number of words of the longest legal form the words end with, leaving one; 0
     * for none.
     */
    private static int trailingForm(List<String> words) {
        for (int length = Math.min(LONGEST, words.size() - 1); length > 0; length--) {
            if (FORMS.contains(String.join(" ", words.subList(words.size() - length, words.size())))) {
                return length;
            }
        }
        return 0;
    }

}
