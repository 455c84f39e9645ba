package com.headroom.warmintro;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How senior a person is, read from the free text of a position (LinkedIn's "Position"
 * column).
 *
 * <p>
 * {@link #of(String)} ignores case and accents and matches whole words only, so
 * "Salesforce Admin" hides no "cfo". The highest level found wins, checked from C-level
 * down:
 * <ul>
 * <li>C-level: chief … officer, CEO, CTO, CFO and kin, founder, owner, president (not
 * vice president), chair, board member, managing director or partner, Geschäftsführer,
 * Inhaber, Vorstand, directeur général, PDG, director general, consejero delegado.</li>
 * <li>VP: VP, SVP, EVP, AVP, vice president in any spelling.</li>
 * <li>Director: director, directeur, Direktor, head (of), GM, general manager, -leiter
 * and Bereichsleiter, and any other "chief" ("Chief of Staff" runs an office, not the
 * company).</li>
 * <li>Manager: manager (also "Account Manager" and "Product Manager": the title is all we
 * have), lead, supervisor, Teamleiter, Projektleiter, responsable, gerente, jefe, chef de
 * projet.</li>
 * <li>Everyone else is an individual contributor, including principals and partners.</li>
 * </ul>
 * Whom someone serves does not count: "Executive Assistant to the CEO", "Chief of Staff
 * to the CFO" and "Assistentin der Geschäftsführung" are read only up to the "to" or
 * "der". Neither do a product or process owner, nor a "Founder's Associate". "Former CEO"
 * counts as C-level: the column says what the person was, and we take it as written.
 */
public enum Seniority {

    C_LEVEL("C-level", 1), VP("VP", 2), DIRECTOR("Director", 3), MANAGER("Manager", 4),
    INDIVIDUAL("Individual contributor", 5);

    private static final Pattern C_LEVEL_WORDS = words("chief .*\\bofficer", "chief executive",
            "ceo|cto|cfo|coo|cio|cmo|cro|cso|cpo|cco|cdo|ciso|chro|cxo|c level",
            "(?:co)?founder|(?:co)?fundador[a]?|fondat(?:eur|rice)|(?:mit)?grunder(?:in)?",
            // A product owner owns a backlog, not a company.
            "(?<!\\b(?:product|process|service|account|data|system|technical|content|budget|risk) )owner",
            "inhaber(?:in)?", "(?<!\\bvice |\\bvize )(?:president[ae]?|prasident(?:in)?)",
            "chair(?:man|woman|person)?|board member|member of the board",
            "vorstand|vorstandsvorsitzende[r]?|vorstandsmitglied", "managing (?:director|partner)",
            "geschaftsfuhrer(?:in)?|geschaftsfuhrende[r]?",
            "direct(?:eur|rice) generale?|pdg|director[a]? general|consejer[oa] delegad[oa]");

    private static final Pattern VP_WORDS = words("vp|svp|evp|avp|rvp", "vice ?president[ae]?|vize ?prasident(?:in)?");

    private static final Pattern DIRECTOR_WORDS = words("director[a]?|directeur|directrice|\\p{L}*direktor(?:in)?",
            "head|gm|general manager|gerente general|chief",
            // German compounds: Vertriebsleiter, Bereichsleiterin; a team, group, project
            // or shift
            // lead is a manager.
            "(?!(?:team|gruppen|projekt|schicht)leiter)\\p{L}*leiter(?:in)?");

    private static final Pattern MANAGER_WORDS = words("\\p{L}*manager(?:in)?",
            // "Lead Generation Specialist" leads no one.
            "lead(?! (?:gen|generation|generator|qualification|qualifier|nurturing|management)\\b)",
            "teamlead|techlead|supervisor[a]?", "(?:team|gruppen|projekt|schicht)leiter(?:in)?",
            "responsable|gerente|jef[ea]|chef de|chef d");

    /**
     * Whom an assistant, advisor or chief of staff serves: "Assistant to the CEO",
     * "Assistentin des Vorstands".
     */
    private static final Pattern SERVES = Pattern
        .compile("\\b(?:assistant[e]?|assistent(?:in)?|asistente|ea|pa|advisor|adviser|secretary|staff|aide)"
                + "(?= (?:to|of|for|de|du|des|del|der|dem|la|al)\\b)", Pattern.UNICODE_CHARACTER_CLASS);

    private final String label;

    // Stored as a TINYINT and used to sort, so it is spelled out rather than taken from
    // the order.
    private final int rank;

    Seniority(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    /** What people read: "C-level", "VP", ..., "Individual contributor". */
    public String label() {
        return label;
    }

    /** 1 for C-level down to 5 for an individual contributor. */
    public int rank() {
        return rank;
    }

    /** The seniority of a stored rank. */
    public static Seniority fromRank(int rank) {
        for (Seniority seniority : values()) {
            if (seniority.rank == rank) {
                return seniority;
            }
        }
        throw new IllegalArgumentException("No seniority has rank " + rank);
    }

    /**
     * The seniority a position names; an individual contributor for a null, blank or
     * plain one.
     */
    public static Seniority of(String position) {
        if (position == null || position.isBlank()) {
            return INDIVIDUAL;
        }
        String text = Normalizer.normalize(position, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            // "Founder's Associate" is not a founder: keep the possessive on its word.
            .replaceAll("['’]s\\b", "s")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
        Matcher serves = SERVES.matcher(text);
        if (serves.find()) {
            text = text.substring(0, serves.end());
        }
        if (C_LEVEL_WORDS.matcher(text).find()) {
            return C_LEVEL;
        }
        if (VP_WORDS.matcher(text).find()) {
            return VP;
        }
        if (DIRECTOR_WORDS.matcher(text).find()) {
            return DIRECTOR;
        }
        if (MANAGER_WORDS.matcher(text).find()) {
            return MANAGER;
        }
        return INDIVIDUAL;
    }

    /** One pattern matching any of the alternatives as whole words. */
    private static Pattern words(String... alternatives) {
        return Pattern.compile("\\b(?:" + String.join("|", alternatives) + ")\\b", Pattern.UNICODE_CHARACTER_CLASS);
    }

}
