package com.headroom.outreach;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A template as a rep writes it. */
public record TemplateDraft(
        @NotNull(message = "Choose what the template is for")
        TemplateKind kind,

        @NotBlank(message = "Give the template a name the team recognises")
        @Size(max = 80, message = "Keep the name under 80 characters")
        String name,

        @Size(max = 200, message = "An InMail subject has at most 200 characters")
        String subject,

        @NotBlank(message = "Write the text, with merge fields like [Name] where they go")
        @Size(max = 8000, message = "LinkedIn messages hold at most 8,000 characters")
        String body) {

    @AssertTrue(message = "An InMail needs a subject")
    boolean isSubject() {
        return kind != TemplateKind.INMAIL || (subject != null && !subject.isBlank());
    }
}
