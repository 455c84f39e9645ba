package com.headroom.warmintro;

import com.headroom.prospect.PersonDataElsewhere;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    public Set<String> profileKeysOf(Set<String> emails) {
        return store.profileKeysOf(emails);
    }

    @Override
    public List<Map<String, Object>> held(Set<String> profileKeys, Set<String> emails) {
        return store.heldAbout(profileKeys, emails);
    }

    @Override
    public int erase(Set<String> profileKeys, Set<String> emails) {
        return store.erase(profileKeys, emails);
    }
}
