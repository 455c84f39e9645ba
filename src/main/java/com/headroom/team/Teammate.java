package com.headroom.team;

import com.headroom.security.Role;

/** Someone in a team, as pickers and owner columns show them. */
public record Teammate(long id, String displayName, Role role, boolean active) {
}
