package com.headroom.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.DemoAccounts;
import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.headroom.TestData;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamCurrencies;
import com.headroom.team.TeamSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A team's default currency, where admins edit teams. */
class TeamCurrencyViewTest extends KaribuTest {

    @Autowired
    TestData testData;

    @Autowired
    TeamCurrencies currencies;

    @Test
    void an_admin_changes_a_teams_default_currency_and_the_list_shows_it() {
        var team = testData.team("Currency");
        login(DemoAccounts.ADMIN);
        navigate("teams");
        assertThat(Grids.row(grid(), t -> t.id() == team.id())).contains("EUR");
        _click(_get(Grids.cell(grid(), t -> t.id() == team.id(), "actions"), Button.class,
                spec -> spec.withText("Edit")));
        _setValue(currency(), "USD");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(notificationTexts()).contains(team.name() + " saved.");
        assertThat(SystemAuthentication.callAsSystem(() -> currencies.of(team.id()))).isEqualTo("USD");
        assertThat(Grids.row(grid(), t -> t.id() == team.id())).contains("USD");
    }

    @Test
    void a_code_that_is_no_currency_is_refused_on_the_field() {
        var team = testData.team("Bad currency");
        login(DemoAccounts.ADMIN);
        navigate("teams");
        _click(_get(Grids.cell(grid(), t -> t.id() == team.id(), "actions"), Button.class,
                spec -> spec.withText("Edit")));
        _setValue(currency(), "EURO");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(currency().isInvalid()).isTrue();
        assertThat(currency().getErrorMessage())
            .isEqualTo("Choose a currency by its three-letter ISO code, such as EUR, USD or GBP.");
        assertThat(SystemAuthentication.callAsSystem(() -> currencies.of(team.id()))).isEqualTo("EUR");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> currency() {
        return _get(ComboBox.class, spec -> spec.withLabel("Default currency"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<TeamSummary> grid() {
        return _get(Grid.class);
    }

}
