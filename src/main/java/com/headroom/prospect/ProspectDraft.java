package com.headroom.prospect;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A prospect as a member enters or edits it.
 *
 * @param profileUrl any form of the person's LinkedIn profile address; stored normalized
 * @param icpFit how well the person fits the ideal customer profile, 1 (poorly) to 5;
 * optional
 */
public record ProspectDraft(
        @NotBlank(message = "Enter the first name") @Size(max = 100,
                message = "Keep the first name under 100 characters") String firstName,

        @Size(max = 100, message = "Keep the last name under 100 characters") String lastName,

        @Size(max = 300, message = "Keep the headline under 300 characters") String headline,

        @Size(max = 200, message = "Keep the company under 200 characters") String company,

        @NotBlank(message = "Enter the LinkedIn profile address, like https://www.linkedin.com/in/dana-reyes") @Size(
                max = 500, message = "That is too long for a profile address") String profileUrl,

        @Email(regexp = "^$|.+@.+\\..+",
                message = "Enter an e-mail address like dana@acme.com, or leave it empty") @Size(max = 254,
                        message = "An e-mail address has at most 254 characters") String email,

        @NotNull(message = "Choose the e-mail status") EmailStatus emailStatus,

        @Size(max = 200, message = "Keep the location under 200 characters") String location,

        @Size(max = 200, message = "Keep the industry under 200 characters") String industry,

        @Min(value = 1, message = "Rate the fit from 1 to 5") @Max(value = 5,
                message = "Rate the fit from 1 to 5") Integer icpFit,

        @Size(max = 20,
                message = "Use at most 20 tags") Set<@Size(max = 50,
                        message = "Keep each tag under 50 characters") String> tags,

        @Size(max = 4000, message = "Keep the team notes under 4,000 characters") String sharedNotes) {

    public ProspectDraft {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    public static ProspectDraft empty() {
        return new ProspectDraft("", "", "", "", "", "", EmailStatus.UNKNOWN, "", "", null, Set.of(), "");
    }

    /** The name as people read it: "Dana Reyes". */
    public String fullName() {
        return (firstName == null ? "" : firstName.strip())
                + (lastName == null || lastName.isBlank() ? "" : " " + lastName.strip());
    }
}
