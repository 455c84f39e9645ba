package com.headroom.team;

import java.util.List;

/**
 * The regions and industries a team's prospects are in, most common first: prospects
 * answer this, so that an admin picks targets from what the team meets rather than types
 * them blind.
 */
public interface TargetChoices {

    Choices of(long teamId);

    /**
     * @param regions the last part of prospects' locations ("Germany" of "Munich,
     * Bavaria, Germany") and whole locations
     */
    record Choices(List<String> regions, List<String> industries) {
    }

}
