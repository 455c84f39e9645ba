package com.headroom.warmintro;

import com.headroom.base.Hashes;
import com.headroom.prospect.PersonErasure;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Erasing a person (GDPR) removes them from every member's imported connections. */
@Component
class ConnectionErasure implements PersonErasure {

    private final ConnectionStore store;

    ConnectionErasure(ConnectionStore store) {
        this.store = store;
    }

    @Override
    public String erase(Set<String> profileKeys, Set<String> emails) {
        int deleted = store.erase(profileKeys.stream().map(Hashes::sha256).collect(Collectors.toSet()), emails);
        return "Teammates' LinkedIn connections deleted: " + deleted;
    }
}
