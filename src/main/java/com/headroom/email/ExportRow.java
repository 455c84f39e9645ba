package com.headroom.email;

import java.util.Objects;

/**
 * One prospect as an e-mail tool imports it. Nothing here is null: a value Headroom does
 * not hold is the empty string, which every tool reads as "no value" and which needs no
 * null check in the presets. Headroom holds no phone numbers, so there is no phone.
 *
 * @param firstName the first name, as written (accents kept)
 * @param lastName the last name
 * @param email the address the tool will write to; the caller leaves out prospects
 * without one if the tool needs it
 * @param company the company name
 * @param title the job title, or ""
 * @param linkedInUrl the LinkedIn profile address, or ""
 * @param location the location as one text ("Lyon, France"), or ""
 */
public record ExportRow(String firstName, String lastName, String email, String company, String title,
        String linkedInUrl, String location) {

    public ExportRow {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(linkedInUrl, "linkedInUrl");
        Objects.requireNonNull(location, "location");
    }

}
