package com.headroom.content;

import java.time.Instant;

/**
 * A content item as the planner shows it to the signed-in person.
 *
 * @param mayEdit its author, or a manager of the team
 * @param mayReview a manager of the team, while it waits for review
 */
public record ContentItem(long id, long teamId, long authorId, String authorName, ContentType type, Long topicId,
        String topicName, ContentStatus status, Instant plannedAt, String title, String body, String hashtags,
        String publishedUrl, Instant publishedAt, String reviewComment, String reviewedByName, long version,
        boolean mayEdit, boolean mayReview) {

    public ContentDraft draft() {
        return new ContentDraft(type, topicId, title, body == null ? "" : body, hashtags == null ? "" : hashtags,
                plannedAt);
    }
}
