package com.headroom.outreach;

import com.headroom.tier.LinkedInFigures;
import com.headroom.base.TextLength;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A template as a rep writes it. */
public record TemplateDraft(@NotNull(message = "Choose what the template is for") TemplateKind kind,

        @NotBlank(message = "Give the template a name the team recognises") @Size(max = 80,
                message = "Keep the name under 80 characters") String name,

        String subject,

        @NotBlank(message = "Write the text, with merge fields like [Name] where they go") String body) {

    // Counted as people see characters, like every text a rep writes (base.TextLength).
    @AssertTrue(message = "An InMail subject has at most " + LinkedInFigures.INMAIL_SUBJECT_CHARACTERS + " characters")
    boolean isSubjectShortEnough() {
        return TextLength.of(subject) <= LinkedInFigures.INMAIL_SUBJECT_CHARACTERS;
    }

    @AssertTrue(message = "LinkedIn messages hold at most " + LinkedInFigures.MESSAGE_CHARACTERS + " characters")
    boolean isBodyShortEnough() {
        return TextLength.of(body) <= LinkedInFigures.MESSAGE_CHARACTERS;
    }

    @AssertTrue(message = "An InMail needs a subject")
    boolean isSubject() {
        return kind != TemplateKind.INMAIL || (subject != null && !subject.isBlank());
    }
}
