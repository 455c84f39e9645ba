package com.headroom.team;

/** An account as its edit form shows it. */
public record AccountDetails(long id, AccountDraft draft, boolean active, boolean invitationPending, long version) {
}
