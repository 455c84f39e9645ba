package com.headroom.email;

/**
 * An address the team already holds for a named person, from a prospect record or an
 * import. One that bounced is evidence against the formats it fits: the company does not
 * (or no longer) build addresses that way.
 */
public record KnownAddress(String firstName, String lastName, String address, boolean bounced) {

}
