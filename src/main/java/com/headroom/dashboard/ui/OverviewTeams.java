package com.headroom.dashboard.ui;

import com.headroom.dashboard.OverviewService;
import com.headroom.team.TeamChoice;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The team a manager's screens show: one of the teams they manage, or for an admin any
 * team or "All teams". The choice travels in the address ("?team=3") so a link or a
 * reload keeps it.
 */
final class OverviewTeams {

    /** Stands for "All teams" in the picker and in the address. */
    static final TeamChoice ALL = new TeamChoice(0, "All teams");

    private OverviewTeams() {
    }

    static ComboBox<TeamChoice> create(OverviewService overview, boolean offerAll) {
        List<TeamChoice> choices = new ArrayList<>(overview.teams());
        if (offerAll && overview.mayPickAllTeams() && choices.size() > 1) {
            choices.addFirst(ALL);
        }
        var box = new ComboBox<TeamChoice>("Team");
        box.setItems(choices);
        box.setItemLabelGenerator(TeamChoice::name);
        box.setAllowCustomValue(false);
        box.setVisible(choices.size() > 1);
        choices.stream().filter(c -> c != ALL).findFirst().ifPresent(box::setValue);
        return box;
    }

    /** Picks the team the address names, when it is one of the choices. */
    static void select(ComboBox<TeamChoice> box, Optional<String> teamParameter) {
        teamParameter
            .flatMap(id -> box.getListDataView().getItems().filter(c -> String.valueOf(c.id()).equals(id)).findFirst())
            .ifPresent(box::setValue);
    }

    /** The team id a service takes: null for "All teams". */
    static Long teamId(TeamChoice choice) {
        return choice == null || choice.id() == ALL.id() ? null : choice.id();
    }

}
