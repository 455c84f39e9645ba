package com.headroom.team.ui;

import com.headroom.team.AccountService;
import com.headroom.team.TeamChoice;
import com.headroom.team.TeamService;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;

/**
 * "Which team": the teams the signed-in person may see, starting on their own. Hidden
 * when there is only one, as for most members.
 */
public final class TeamPicker {

    private TeamPicker() {
    }

    /**
     * A picker on the person's own team (or the first they may see), labelled for screen
     * readers.
     */
    public static ComboBox<TeamChoice> create(TeamService teams, AccountService accounts) {
        return create(teams.choices(), accounts);
    }

    public static ComboBox<TeamChoice> create(List<TeamChoice> choices, AccountService accounts) {
        var picker = new ComboBox<TeamChoice>();
        picker.setItems(choices);
        picker.setItemLabelGenerator(TeamChoice::name);
        picker.setAriaLabel("Team");
        picker.setVisible(choices.size() > 1);
        TeamChoice.preferred(choices, accounts.mySeat().teamId()).ifPresent(picker::setValue);
        return picker;
    }

}
