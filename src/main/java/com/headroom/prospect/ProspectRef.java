package com.headroom.prospect;

/**
 * A prospect as other features refer to it: who, where they work, whose team, and whether
 * to leave them be.
 */
public record ProspectRef(long id, long teamId, String firstName, String lastName, String company, String profileUrl,
        boolean doNotContact) {

    public String fullName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
    }
}
