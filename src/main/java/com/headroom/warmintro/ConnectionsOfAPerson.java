package com.headroom.warmintro;

import com.headroom.prospect.PersonDataElsewhere;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A person as teammates' imported connections hold them: counted and listed for a
 * personal-data request, and removed from every member's connections when the person is
 * erased (GDPR).
 */
@Component
class ConnectionsOfAPerson implements PersonDataElsewhere {

    static final String CONNECTIONS = "Teammates' LinkedIn connections";
    static final String ROWS_LEFT_OUT = "Rows left out of teammates' imports";

    private final ConnectionErasureStore store;

    ConnectionsOfAPerson(ConnectionErasureStore store) {
        this.store = store;
    }

    @Override
    public void widen(Set<String> profileKeys, Set<String> emails) {
        profileKeys.addAll(store.profileKeysOf(emails));
        emails.addAll(store.emailsOf(profileKeys));
    }

    @Override
    public List<Held> held(Set<String> profileKeys, Set<String> emails) {
        List<Held> held = new ArrayList<>();
        var connections = store.connectionsAbout(profileKeys, emails);
        if (!connections.isEmpty()) {
            held.add(new Held(CONNECTIONS, connections));
        }
        var rows = store.rowsLeftOutAbout(profileKeys, emails);
        if (!rows.isEmpty()) {
            held.add(new Held(ROWS_LEFT_OUT, rows));
        }
        return held;
    }

    @Override
    public Map<String, Integer> erase(Set<String> profileKeys, Set<String> emails) {
        var erased = store.erase(profileKeys, emails);
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put(CONNECTIONS, erased.connections());
        deleted.put(ROWS_LEFT_OUT, erased.rowsLeftOut());
        return deleted;
    }

}
