package com.headroom.warmintro;

import com.headroom.base.Hashes;
import com.headroom.prospect.PersonDataElsewhere;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A person as teammates' imported connections hold them: listed in the person's export, and
 * removed from every member's connections when the person is erased (GDPR).
 */
@Component
class ConnectionsOfAPerson implements PersonDataElsewhere {

    private final ConnectionStore store;

    ConnectionsOfAPerson(ConnectionStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return "Teammates' LinkedIn connections";
    }

    @Override
    public List<Map<String, Object>> held(Set<String> profileKeys, Set<String> emails) {
        return store.heldAbout(hashes(profileKeys), emails);
    }

    @Override
    public int erase(Set<String> profileKeys, Set<String> emails) {
        return store.erase(hashes(profileKeys), emails);
    }

    private static Set<String> hashes(Set<String> profileKeys) {
        return profileKeys.stream().map(Hashes::sha256).collect(Collectors.toSet());
    }
}
