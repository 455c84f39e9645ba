package com.headroom.content;

import java.time.ZoneId;
import java.util.List;

/**
 * What the planner needs to know about a team.
 *
 * @param requireReview managers review items before they are scheduled
 * @param manages the signed-in person manages this team
 */
public record ContentTeam(long teamId, String name, ZoneId zone, boolean requireReview, boolean manages,
        List<Topic> topics, List<Author> authors) {

    public record Topic(long id, String name, boolean archived) {
    }

    public record Author(long id, String name) {
    }
}
