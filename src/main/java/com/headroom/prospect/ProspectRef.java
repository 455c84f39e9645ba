package com.headroom.prospect;

/** A prospect as other features refer to it: who, where they work, and whose team. */
public record ProspectRef(long id, long teamId, String firstName, String lastName, String company,
        String profileUrl) {

    public String fullName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
    }
}
