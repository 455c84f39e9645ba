package com.headroom.team;

import java.util.List;
import java.util.Optional;

/** A team in a picker. */
public record TeamChoice(long id, String name) {

    /** The team a picker starts on: the person's own, else the first they may see. */
    public static Optional<TeamChoice> preferred(List<TeamChoice> choices, Optional<Long> ownTeamId) {
        return choices.stream()
            .filter(t -> ownTeamId.isPresent() && t.id() == ownTeamId.get())
            .findFirst()
            .or(() -> choices.stream().findFirst());
    }
}
