package com.headroom.warmintro;

import com.headroom.prospect.HeldCompany;
import com.headroom.prospect.ProspectCompanies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aliases worth an admin's look: short names written in capitals ("IBM", "P&amp;G") that
 * are the initials of a company of several words the organisation also holds
 * ("International Business Machines", "Procter &amp; Gamble"), in its members'
 * connections or its prospects. The work is bounded: the connections are read one company
 * key at a time through the company index (never row by row), the prospects in one
 * grouped pass, and only the first {@link #PAIRS} pairs are weighed.
 */
@org.springframework.stereotype.Component
class AliasSuggestions {

    /** Suggestions shown, the companies with the most people on both sides first. */
    static final int SHOWN = 20;

    /** Short names collected at most. */
    static final int CANDIDATES = 2_000;

    /** Pairs weighed at most. */
    static final int PAIRS = 100;

    /**
     * A company's connections are counted up to this: enough to rank, cheap at any size.
     */
    static final int COUNT_UP_TO = 1_000;

    /** Keys of initials are short: "at and t" has 8 characters, "a and b and c" 13. */
    private static final int SHORT_KEY = 13;

    private static final int ANY_KEY = 200;

    private final CompanyStore directory;

    private final ProspectCompanies prospects;

    AliasSuggestions(CompanyStore directory, ProspectCompanies prospects) {
        this.directory = directory;
        this.prospects = prospects;
    }

    private record Pair(String initialsKey, String companyKey, int letters) {
    }

    List<SuggestedAlias> find() {
        // Initials, by how they are written ("p&g"), from the connections and the
        // prospects.
        Map<String, Set<String>> initials = new HashMap<>();
        Map<String, HeldCompany> inProspects = new HashMap<>();
        directory.eachKey(SHORT_KEY, key -> collect(initials, key));
        prospects.each(SHORT_KEY, held -> {
            if (collect(initials, held.key())) {
                inProspects.put(held.key(), held);
            }
        });
        if (initials.isEmpty()) {
            return List.of();
        }
        // Names of several words those are the initials of.
        Map<String, Pair> pairs = new LinkedHashMap<>();
        directory.eachKey(ANY_KEY, key -> pair(initials, pairs, key));
        prospects.each(ANY_KEY, held -> {
            if (pair(initials, pairs, held.key())) {
                inProspects.put(held.key(), held);
            }
        });
        return weigh(pairs.values(), inProspects);
    }

    /** Keeps a key that is initials; true when kept. */
    private static boolean collect(Map<String, Set<String>> initials, String key) {
        String written = CompanyInitials.of(key);
        if (written == null || initials.size() >= CANDIDATES && !initials.containsKey(written)) {
            return false;
        }
        initials.computeIfAbsent(written, w -> new HashSet<>()).add(key);
        return true;
    }

    /**
     * Pairs a name of several words with the initials it may be written as; true when it
     * found one.
     */
    private static boolean pair(Map<String, Set<String>> initials, Map<String, Pair> pairs, String key) {
        boolean found = false;
        for (String written : CompanyInitials.ofWords(key)) {
            for (String initialsKey : initials.getOrDefault(written, Set.of())) {
                if (pairs.size() < PAIRS) {
                    pairs.putIfAbsent(initialsKey + "\u0000" + key,
                            new Pair(initialsKey, key, written.replace("&", "").length()));
                    found = true;
                }
            }
        }
        return found;
    }

    private List<SuggestedAlias> weigh(Iterable<Pair> pairs, Map<String, HeldCompany> inProspects) {
        var resolver = directory.resolver();
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> people = new HashMap<>();
        record Weighed(SuggestedAlias alias, int letters) {
        }
        List<Weighed> weighed = new ArrayList<>();
        for (var pair : pairs) {
            // An admin already said where these initials belong, or took them out of
            // every merge.
            if (resolver.aliasOf().apply(pair.initialsKey()) != null) {
                continue;
            }
            String alias = names.computeIfAbsent(pair.initialsKey(), k -> writtenAsInitials(k, inProspects));
            String company = names.computeIfAbsent(pair.companyKey(), k -> anySpelling(k, inProspects));
            if (alias.isEmpty() || company.isEmpty() || resolver.key(alias).equals(resolver.key(company))) {
                continue;
            }
            int aliasPeople = people.computeIfAbsent(pair.initialsKey(), k -> people(k, inProspects));
            int companyPeople = people.computeIfAbsent(pair.companyKey(), k -> people(k, inProspects));
            weighed.add(new Weighed(new SuggestedAlias(alias, company, aliasPeople, companyPeople), pair.letters()));
        }
        return weighed.stream()
            .sorted(Comparator.comparingInt((Weighed w) -> Math.min(w.alias().aliasPeople(), w.alias().companyPeople()))
                .reversed()
                .thenComparing(Comparator.comparingInt(Weighed::letters).reversed())
                .thenComparing(w -> w.alias().alias())
                .thenComparing(w -> w.alias().company()))
            .limit(SHOWN)
            .map(Weighed::alias)
            .toList();
    }

    /**
     * A spelling of the initials in capitals ("IBM", "P&G", "I.B.M."), or "" when nobody
     * writes them so.
     */
    private String writtenAsInitials(String key, Map<String, HeldCompany> inProspects) {
        List<String> spellings = new ArrayList<>(directory.someSpellings(key, 20));
        var held = inProspects.get(key);
        if (held != null) {
            spellings.add(held.name());
        }
        return spellings.stream().filter(AliasSuggestions::inCapitals).findFirst().orElse("");
    }

    private String anySpelling(String key, Map<String, HeldCompany> inProspects) {
        var spellings = directory.someSpellings(key, 1);
        if (!spellings.isEmpty()) {
            return spellings.getFirst();
        }
        var held = inProspects.get(key);
        return held == null ? "" : held.name();
    }

    private int people(String key, Map<String, HeldCompany> inProspects) {
        var held = inProspects.get(key);
        return directory.connectionsUpTo(key, COUNT_UP_TO) + (held == null ? 0 : held.prospects());
    }

    static boolean inCapitals(String name) {
        return name.codePoints().anyMatch(Character::isLetter)
                && name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

}
