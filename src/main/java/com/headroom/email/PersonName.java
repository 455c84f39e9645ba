package com.headroom.email;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A person's first and last name the way they can appear in the local part of a company
 * e-mail address: lower case ASCII letters, in every spelling a company is likely to have
 * used, most likely first.
 *
 * <p>
 * How a name is written in ASCII:
 * <ul>
 * <li>Accents go and other scripts are transliterated by ICU ("José Núñez" is jose nunez,
 * "Łukasz Żółć" lukasz zolc, "王" wang, "Γιώργος" giorgos); ß is ss, æ ae, ø o, ł l.
 * Anything that is not a letter goes: apostrophes ("O'Brien" is obrien), digits,
 * emoji.</li>
 * <li>ä, ö, ü (and ø, å) are also spelled out, as German (and Danish, Norwegian)
 * companies write them: "Müller" is mueller first, then muller.</li>
 * <li>Russian (Cyrillic) names are also written as passports and e-mails mostly do
 * (BGN/PCGN: "Дмитрий Щербаков" is dmitriy shcherbakov) before ICU's default (dmitrij
 * serbakov).</li>
 * <li>Text in brackets or quotes ("(she/her)", a nickname), words with a slash, and in a
 * last name anything after a comma or a bar ("Smith, MBA") are dropped, as are titles in
 * front (Dr, Prof, Mr, …) and suffixes after the last name (Jr, III, PhD, MBA, …), as
 * long as a word of the name remains.</li>
 * <li>Particles (van, der, de, la, von, di, da, bin, al, …) in front of the last name
 * belong to it, joined ("vanderberg") or left out ("berg"); particles at the end of the
 * first name ("Ludwig van") move to the last name. Irish and Scottish prefixes (Ó, Mac,
 * Mc, Ní) are always joined: "Ó Briain" is obriain.</li>
 * <li>A last name of several parts ("Smith-Jones", "García Márquez") is offered joined,
 * as written, then each part alone. A first name of several words ("Anna Maria") is its
 * first word first, then all of it; a hyphenated one ("Anne-Marie") joined first.</li>
 * </ul>
 * Where the name had a space, a variant keeps it, so that each {@link AddressFormat} can
 * write it with its own separator ("jan.van.der.berg") or none; {@link #firsts()} and
 * {@link #lasts()} show the variants with those spaces left out.
 */
public final class PersonName {

    // Both under one lock: ICU does not promise a transliterator may be shared by
    // threads.
    private static final Object ICU = new Object();

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private static final Transliterator RUSSIAN_TO_ASCII = Transliterator
        .getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");

    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "del", "della", "la", "le", "di",
            "da", "du", "do", "dos", "das", "von", "zu", "ter", "ten", "t", "bin", "binti", "al", "el");

    private static final Set<String> JOINED_PREFIXES = Set.of("o", "mac", "mc", "ni", "nic", "ua");

    private static final Set<String> TITLES = Set.of("dr", "prof", "mr", "mrs", "ms", "mx", "miss", "sir", "dame",
            "herr", "frau", "dipl", "ing", "mag");

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "mba", "md", "dds", "esq",
            "cpa", "cfa", "pmp", "msc", "bsc", "mphil", "llm", "jd", "mbe", "obe");

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)?|\\[[^\\]]*\\]?|\"[^\"]*\"?|“[^”]*”?");

    private static final Pattern BRACKETS = Pattern.compile("[()\\[\\]\"“”]");

    private static final Pattern WITH_SLASH = Pattern.compile("\\S*/\\S*");

    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");

    private static final Pattern BREAKS = Pattern.compile("[\\s.,_;:]+");

    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private static final Pattern SPELLED_OUT = Pattern.compile("[äöüÄÖÜøØåÅ]");

    /**
     * One way of writing the whole name in ASCII. Variants keep a space where the name
     * had one; {@code firstInitials} are the first name's initial, then the initials of
     * all its words ("jp" for Jean-Pierre).
     */
    record Spelling(List<String> firsts, List<String> firstInitials, List<String> lasts) {
    }

    private record Piece(String text, boolean afterHyphen) {
    }

    /** How a name's letters are written in ASCII. */
    private enum Writing {

        SPELLED_OUT, RUSSIAN, PLAIN;

        String ascii(String word) {
            String text = this == SPELLED_OUT ? spellOut(word) : word;
            String ascii;
            synchronized (ICU) {
                ascii = (this == RUSSIAN ? RUSSIAN_TO_ASCII : TO_ASCII).transliterate(text);
            }
            // Spaces ICU puts between syllables ("小明" is "xiao ming") go too: one word.
            return NOT_LETTER.matcher(ascii).replaceAll("");
        }

        private static String spellOut(String word) {
            return word.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ø", "oe")
                .replace("å", "aa");
        }

    }

    private final List<Spelling> spellings;

    private PersonName(List<Spelling> spellings) {
        this.spellings = spellings;
    }

    public static PersonName of(@Nullable String firstName, @Nullable String lastName) {
        String first = clean(firstName == null ? "" : firstName, false);
        String last = clean(lastName == null ? "" : lastName, true);
        String both = first + " " + last;
        List<Writing> writings = new ArrayList<>();
        if (SPELLED_OUT.matcher(both).find()) {
            writings.add(Writing.SPELLED_OUT);
        }
        if (CYRILLIC.matcher(both).find()) {
            writings.add(Writing.RUSSIAN);
        }
        writings.add(Writing.PLAIN);
        Set<Spelling> spellings = new LinkedHashSet<>();
        for (Writing writing : writings) {
            Spelling spelling = spelling(pieces(first, writing), pieces(last, writing));
            if (spelling != null) {
                spellings.add(spelling);
            }
        }
        return new PersonName(List.copyOf(spellings));
    }

    /** Whether both a first and a last name are left to build addresses from. */
    public boolean isUsable() {
        return !spellings.isEmpty();
    }

    /** The first name's variants, most likely first; none when not usable. */
    public List<String> firsts() {
        return withoutSpaces(spellings.stream().flatMap(s -> s.firsts().stream()).toList());
    }

    /** The last name's variants, most likely first; none when not usable. */
    public List<String> lasts() {
        return withoutSpaces(spellings.stream().flatMap(s -> s.lasts().stream()).toList());
    }

    List<Spelling> spellings() {
        return spellings;
    }

    private static List<String> withoutSpaces(List<String> variants) {
        Set<String> out = new LinkedHashSet<>();
        variants.forEach(v -> out.add(v.replace(" ", "")));
        return List.copyOf(out);
    }

    private static String clean(String name, boolean last) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFC);
        String unbracketed = BRACKETED.matcher(text).replaceAll(" ");
        // A name that is all brackets ("(Bob)") keeps its words rather than vanish.
        text = unbracketed.isBlank() ? BRACKETS.matcher(text).replaceAll(" ") : unbracketed;
        text = WITH_SLASH.matcher(text).replaceAll(" ");
        int bar = text.indexOf('|');
        if (bar >= 0) {
            text = text.substring(0, bar);
        }
        int comma = text.indexOf(',');
        if (last && comma >= 0) {
            text = text.substring(0, comma);
        }
        return DASHES.matcher(text).replaceAll("-");
    }

    private static List<Piece> pieces(String name, Writing writing) {
        List<Piece> pieces = new ArrayList<>();
        for (String word : BREAKS.split(name)) {
            boolean afterHyphen = false;
            for (String part : word.split("-")) {
                String ascii = writing.ascii(part);
                if (!ascii.isEmpty()) {
                    pieces.add(new Piece(ascii, afterHyphen));
                }
                afterHyphen = true;
            }
        }
        return pieces;
    }

    private static @Nullable Spelling spelling(List<Piece> firstPieces, List<Piece> lastPieces) {
        List<Piece> first = new ArrayList<>(firstPieces);
        List<Piece> last = new ArrayList<>(lastPieces);
        while (first.size() > 1 && TITLES.contains(first.getFirst().text())) {
            first.removeFirst();
        }
        while (last.size() > 1 && TITLES.contains(last.getFirst().text())) {
            last.removeFirst();
        }
        while (last.size() > 1 && SUFFIXES.contains(last.getLast().text())) {
            last.removeLast();
        }
        int keep = first.size();
        while (keep > 1 && PARTICLES.contains(first.get(keep - 1).text())) {
            keep--;
        }
        List<Piece> moved = first.subList(keep, first.size());
        last.addAll(0, moved.stream().map(p -> new Piece(p.text(), false)).toList());
        moved.clear();
        if (first.isEmpty() || last.isEmpty()) {
            return null;
        }
        int particles = 0;
        while (particles < last.size() - 1 && PARTICLES.contains(last.get(particles).text())) {
            particles++;
        }
        List<Piece> core = joinPrefixes(last.subList(particles, last.size()));
        return new Spelling(firstVariants(first), firstInitials(first), lastVariants(last.subList(0, particles), core));
    }

    private static List<Piece> joinPrefixes(List<Piece> core) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < core.size(); i++) {
            Piece piece = core.get(i);
            if (JOINED_PREFIXES.contains(piece.text()) && i + 1 < core.size()) {
                out.add(new Piece(piece.text() + core.get(++i).text(), piece.afterHyphen()));
            }
            else {
                out.add(piece);
            }
        }
        return out;
    }

    private static List<String> firstVariants(List<Piece> first) {
        int end = 1;
        while (end < first.size() && first.get(end).afterHyphen()) {
            end++;
        }
        List<Piece> word = first.subList(0, end);
        Set<String> out = new LinkedHashSet<>();
        out.add(joined(word));
        out.add(written(word));
        out.add(word.getFirst().text());
        out.add(written(first));
        return List.copyOf(out);
    }

    private static List<String> firstInitials(List<Piece> first) {
        StringBuilder all = new StringBuilder();
        first.forEach(p -> all.append(p.text().charAt(0)));
        return List.copyOf(new LinkedHashSet<>(List.of(all.substring(0, 1), all.toString())));
    }

    private static List<String> lastVariants(List<Piece> particles, List<Piece> core) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(joined(core));
        parts.add(written(core));
        if (core.size() > 1) {
            // A single letter alone is no last name.
            List.of(core.getFirst().text(), core.getLast().text())
                .stream()
                .filter(p -> p.length() > 1)
                .forEach(parts::add);
        }
        if (particles.isEmpty()) {
            return List.copyOf(parts);
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(joined(particles) + joined(core));
        out.add(written(particles) + (core.getFirst().afterHyphen() ? "-" : " ") + written(core));
        out.addAll(parts);
        return List.copyOf(out);
    }

    private static String joined(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        pieces.forEach(p -> out.append(p.text()));
        return out.toString();
    }

    /** The pieces with their hyphens, and a space where the name had one. */
    private static String written(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                out.append(pieces.get(i).afterHyphen() ? '-' : ' ');
            }
            out.append(pieces.get(i).text());
        }
        return out.toString();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PersonName name && name.spellings.equals(spellings);
    }

    @Override
    public int hashCode() {
        return spellings.hashCode();
    }

    @Override
    public String toString() {
        return "PersonName[firsts=" + firsts() + ", lasts=" + lasts() + "]";
    }

}
