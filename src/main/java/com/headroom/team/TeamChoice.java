package com.headroom.team;

/** A team in a picker. */
public record TeamChoice(long id, String name) {
}
