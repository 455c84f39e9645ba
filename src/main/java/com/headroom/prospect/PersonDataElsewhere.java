package com.headroom.prospect;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Another feature that keeps data about people outside the prospect records (teammates'
 * imported connections, for one). Finding a person counts what each implementation holds,
 * their export lists it, and erasing them calls every implementation in the same
 * transaction, so the person is gone everywhere or nowhere.
 */
public interface PersonDataElsewhere {

    /**
     * Adds the profile addresses and e-mails (lower case) this feature holds together
     * with those given: a connection's e-mail leads to its profile address and back, so
     * that a person asked for either way is found, exported, erased and refused both
     * ways.
     */
    void widen(Set<String> profileKeys, Set<String> emails);

    /**
     * What this feature holds about the person, by kind ("Teammates' LinkedIn
     * connections"); kinds with nothing are left out.
     * @param profileKeys the person's normalized profile addresses
     * @param emails the person's e-mail addresses, lower case
     */
    List<Held> held(Set<String> profileKeys, Set<String> emails);

    /**
     * Deletes what this feature holds about the person.
     * @return how many items of each kind went, for the audit log and the admin
     */
    Map<String, Integer> erase(Set<String> profileKeys, Set<String> emails);

    /**
     * @param kind what the items are, as the admin and the export name them
     * @param items one map of field to value per item, in the order the export shows them
     */
    record Held(String kind, List<Map<String, Object>> items) {
    }

}
