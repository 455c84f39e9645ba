package com.headroom.prospect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team's do-not-contact entries, held in memory to check many prospects at once (an
 * import checks every row). A team's list has hundreds of entries, not millions.
 */
final class DoNotContactList {

    private final Map<String, String> people = new HashMap<>();

    private final Map<String, String> companies = new HashMap<>();

    private final Map<String, String> domains = new HashMap<>();

    DoNotContactList(List<DoNotContactEntry> entries) {
        for (var entry : entries) {
            String why = entry.rule().sentence();
            switch (entry.kind()) {
                case PERSON -> people.put(entry.matchValue(), why);
                case COMPANY -> companies.put(entry.matchValue(), why);
                case EMAIL_DOMAIN -> domains.put(entry.matchValue(), why);
            }
        }
    }

    /** Why a prospect must not be contacted, if an entry matches it. */
    Optional<String> reasonFor(String profileKey, String companyKey, String emailDomain) {
        if (profileKey != null && people.containsKey(profileKey)) {
            return Optional.of(people.get(profileKey));
        }
        if (companyKey != null && !companyKey.isEmpty() && companies.containsKey(companyKey)) {
            return Optional.of(companies.get(companyKey));
        }
        if (emailDomain != null && domains.containsKey(emailDomain)) {
            return Optional.of(domains.get(emailDomain));
        }
        return Optional.empty();
    }

}
