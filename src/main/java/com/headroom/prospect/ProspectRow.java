package com.headroom.prospect;

import java.time.Instant;

/** A prospect as the team's list shows it. */
public record ProspectRow(long id, String firstName, String lastName, String headline, String company, Stage stage,
        boolean doNotContact, long ownerId, Instant lastActivityAt, String profileUrl) {

    public String fullName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
    }
}
