package com.headroom.prospect;

import java.util.Set;

/**
 * Another feature that keeps data about people outside the prospect records (teammates'
 * imported connections, for one). Erasing a person calls every implementation in the same
 * transaction, so the person is gone everywhere or nowhere.
 */
public interface PersonErasure {

    /**
     * Deletes what this feature holds about the person.
     *
     * @param profileKeys the person's normalized profile addresses
     * @param emails      the person's e-mail addresses, lower case
     * @return a line for the audit log, like "Connections deleted: 3"
     */
    String erase(Set<String> profileKeys, Set<String> emails);
}
