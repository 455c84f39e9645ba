package com.headroom.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The connections a member marked "we're close": warm introductions own them and answer
 * this; the keep-in-touch list reads it.
 */
public interface CloseConnections {

    List<CloseConnection> of(long memberId);

    /**
     * @param profileKeyHash the SHA-256 of the normalised profile address, as prospects
     * have it
     */
    record CloseConnection(String profileKeyHash, String name, String company, Optional<LocalDate> connectedOn) {
    }

}
