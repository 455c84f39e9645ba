package com.headroom.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.DemoAccounts;
import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.headroom.TestData;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamService;
import com.headroom.team.TeamSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TeamsViewTest extends KaribuTest {

    @Autowired
    TeamService teams;

    @Autowired
    TestData testData;

    @Test
    void an_admin_creates_a_team_in_its_time_zone_with_the_default_policy() {
        login(DemoAccounts.ADMIN);
        navigate("teams");
        _click(_get(Button.class, spec -> spec.withText("New team")));
        String name = TestData.unique("Nordics");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Team name")), name);
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = _get(ComboBox.class, spec -> spec.withLabel("Time zone"));
        _setValue(zone, "Europe/Stockholm");
        _click(_get(Button.class, spec -> spec.withText("Create team")));

        assertThat(notificationTexts()).contains("Team " + name + " created with the default policy.");
        assertThat(Grids.row(grid(), t -> t.name().equals(name))).startsWith(name, "Europe/Stockholm", "0", "none yet");
        var created = Grids.items(grid()).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        var policy = SystemAuthentication.callAsSystem(() -> teams.policy(created.id()));
        assertThat(policy.settings().pendingInvitationsBlockAt()).isEqualTo(700);
        assertThat(policy.settings().timeZone()).isEqualTo("Europe/Stockholm");
    }

    @Test
    void a_second_team_with_the_same_name_is_refused_with_a_message() {
        login(DemoAccounts.ADMIN);
        navigate("teams");
        _click(_get(Button.class, spec -> spec.withText("New team")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Team name")), "emea sales");
        _click(_get(Button.class, spec -> spec.withText("Create team")));

        var name = _get(TextField.class, spec -> spec.withLabel("Team name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A team called EMEA Sales already exists.");
    }

    @Test
    void an_admin_renames_a_team() {
        var team = testData.team("Benelux");
        login(DemoAccounts.ADMIN);
        navigate("teams");
        _click(_get(Grids.cell(grid(), t -> t.id() == team.id(), "actions"), Button.class,
                spec -> spec.withText("Edit")));
        String newName = TestData.unique("Low Countries");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Team name")), newName);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(Grids.items(grid())).anyMatch(t -> t.id() == team.id() && t.name().equals(newName));
    }

    @Test
    void a_manager_sees_only_the_teams_they_manage_and_cannot_change_them() {
        login(DemoAccounts.MANAGER_EMEA);
        navigate("teams");
        assertThat(Grids.items(grid())).extracting(TeamSummary::name).containsExactly("EMEA Sales");
        assertThat(Grids.row(grid(), t -> true).get(3)).isEqualTo("Morgan Lee");
        _assertNone(Button.class, spec -> spec.withText("New team"));
        var actions = Grids.cell(grid(), t -> true, "actions");
        _get(actions, Button.class, spec -> spec.withText("Policy"));
        _assertNone(actions, Button.class, spec -> spec.withText("Edit"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<TeamSummary> grid() {
        return _get(Grid.class);
    }

}
