package com.headroom.outreach;

import com.headroom.prospect.PersonDataElsewhere;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Erasing a person takes their name off the ledger (its entries lose the prospect, their
 * words are deleted with it) without writing to it: the digests built from the ledger are
 * made stale, so that a manager's overview never differs from the rep's My day. The
 * entries themselves stay, for the rep's counts.
 */
@Component
class OutreachPersonData implements PersonDataElsewhere {

    private final DigestStore digests;

    OutreachPersonData(DigestStore digests) {
        this.digests = digests;
    }

    @Override
    public void widen(Set<String> profileKeys, Set<String> emails) {
        // The ledger holds no addresses of its own.
    }

    @Override
    public List<Held> held(Set<String> profileKeys, Set<String> emails) {
        return List.of();
    }

    @Override
    public Map<String, Integer> erase(Set<String> profileKeys, Set<String> emails) {
        digests.staleAll();
        return Map.of();
    }

}
