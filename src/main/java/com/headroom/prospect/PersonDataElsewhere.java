package com.headroom.prospect;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Another feature that keeps data about people outside the prospect records (teammates'
 * imported connections, for one). Finding a person counts what each implementation holds, their
 * export lists it, and erasing them calls every implementation in the same transaction, so the
 * person is gone everywhere or nowhere.
 */
public interface PersonDataElsewhere {

    /** What the items are, as the admin and the export name them ("Teammates' LinkedIn connections"). */
    String kind();

    /**
     * The profile addresses this feature knows for these e-mails (lower case), so that a person
     * asked for by e-mail is also found, exported, erased and refused by their profile.
     */
    Set<String> profileKeysOf(Set<String> emails);

    /**
     * What this feature holds about the person: one map of field to value per item, in the order
     * the export shows them.
     *
     * @param profileKeys the person's normalized profile addresses
     * @param emails      the person's e-mail addresses, lower case
     */
    List<Map<String, Object>> held(Set<String> profileKeys, Set<String> emails);

    /**
     * Deletes what this feature holds about the person.
     *
     * @return how many items went, for the audit log and the admin
     */
    int erase(Set<String> profileKeys, Set<String> emails);
}
