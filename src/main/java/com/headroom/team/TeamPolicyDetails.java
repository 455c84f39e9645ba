package com.headroom.team;

/** A team's stored policy, with the version to detect concurrent edits. */
public record TeamPolicyDetails(long teamId, String teamName, TeamPolicySettings settings, long version) {
}
