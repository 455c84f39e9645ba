package com.headroom.prospect;

/**
 * A prospect worth handing to an e-mail tool: an address that is held and not bounced,
 * not on the do-not-contact list (erased people are gone from the log altogether).
 */
public record EmailableProspect(long id, String firstName, String lastName, String email, EmailStatus emailStatus,
        String company, String headline, String profileUrl, String location) {
}
