package com.headroom.content;

/**
 * What the planner lists: one team, optionally narrowed by author, type, status and
 * topic.
 */
public record ContentFilter(long teamId, Long authorId, ContentType type, ContentStatus status, Long topicId) {

    public static ContentFilter team(long teamId) {
        return new ContentFilter(teamId, null, null, null, null);
    }
}
