package com.headroom.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An item as its author writes it.
 *
 * @param plannedAt when it should go out; the calendar shows it in the team's zone
 */
public record ContentDraft(@NotNull(message = "Choose what kind of content this is") ContentType type,

        Long topicId,

        @NotBlank(message = "Give it a working title") @Size(max = 200,
                message = "Keep the title under 200 characters") String title,

        @Size(max = 200_000,
                message = "That is longer than any LinkedIn article: keep it under 110,000 characters") String body,

        @Size(max = 600, message = "Keep the hashtags under 600 characters") String hashtags,

        Instant plannedAt) {

    public static ContentDraft idea(ContentType type, String title, Instant plannedAt) {
        return new ContentDraft(type, null, title, "", "", plannedAt);
    }
}
