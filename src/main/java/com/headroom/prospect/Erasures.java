package com.headroom.prospect;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells other features which people asked to be erased, so their imports leave them out
 * too.
 */
@Component
public class Erasures {

    private final ErasedPeople erased;

    Erasures(ErasedPeople erased) {
        this.erased = erased;
    }

    /**
     * The profile keys (normalized addresses) among these that belong to erased people.
     */
    public Set<String> erasedAmong(Collection<String> profileKeys) {
        if (!erased.anyErased()) {
            return Set.of();
        }
        Map<String, String> byHash = new HashMap<>();
        for (String key : profileKeys) {
            byHash.put(erased.profileHash(key), key);
        }
        return erased(byHash);
    }

    /**
     * The e-mail addresses among these (any case) that belong to erased people, as given.
     */
    public Set<String> erasedEmailsAmong(Collection<String> emails) {
        if (emails.isEmpty() || !erased.anyErased()) {
            return Set.of();
        }
        Map<String, String> byHash = new HashMap<>();
        for (String email : emails) {
            byHash.put(erased.emailHash(email), email);
        }
        return erased(byHash);
    }

    private Set<String> erased(Map<String, String> byHash) {
        Set<String> found = new HashSet<>();
        var hashes = new java.util.ArrayList<>(byHash.keySet());
        // In slices: an import asks about 30,000 people at once.
        for (int from = 0; from < hashes.size(); from += 1000) {
            for (String hash : erased.erasedAmong(hashes.subList(from, Math.min(hashes.size(), from + 1000)))) {
                found.add(byHash.get(hash));
            }
        }
        return found;
    }

}
