package com.headroom.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.DemoAccounts;
import com.headroom.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTest {

    @Test
    void an_admin_sees_every_administration_screen_in_the_menu() {
        login(DemoAccounts.ADMIN);
        navigate("");
        assertThat(menu()).containsExactly("My day", "Team overview", "Teams", "People", "Tiers", "Company names",
                "Company e-mail domains", "Personal data", "Audit log");
    }

    @Test
    void a_manager_sees_prospects_teams_and_people_but_not_tiers_or_the_audit_log() {
        login(DemoAccounts.MANAGER_EMEA);
        navigate("");
        assertThat(menu()).containsExactly("My day", "Team overview", "My limits", "Prospects", "E-mail results",
                "Templates", "Content", "My network", "Who knows whom", "Intro requests", "Do not contact",
                "Limit overrides", "Teams", "People");
    }

    @Test
    void a_member_sees_only_their_own_screens() {
        login(DemoAccounts.MEMBER_DANA);
        navigate("");
        assertThat(menu()).containsExactly("My day", "My limits", "Prospects", "E-mail results", "Templates", "Content",
                "My network", "Who knows whom", "Intro requests", "Do not contact");
    }

    @Test
    void each_new_page_shows_the_menu_of_whoever_is_signed_in_on_it() {
        // The entries are worked out once for each set of roles and kept: a new page
        // for a new person must not get the menu of the roles before them.
        login(DemoAccounts.ADMIN);
        navigate("");
        var administrators = menu();
        login(DemoAccounts.MEMBER_DANA);
        UI.getCurrent().getPage().reload();
        assertThat(menu()).containsExactly("My day", "My limits", "Prospects", "E-mail results", "Templates", "Content",
                "My network", "Who knows whom", "Intro requests", "Do not contact");
        login(DemoAccounts.MANAGER_EMEA);
        UI.getCurrent().getPage().reload();
        assertThat(menu()).contains("Team overview", "Limit overrides").doesNotContain("Tiers", "Audit log");
        login(DemoAccounts.ADMIN);
        UI.getCurrent().getPage().reload();
        assertThat(menu()).isEqualTo(administrators).contains("Tiers", "Audit log");
    }

    @Test
    void the_header_shows_the_signed_in_persons_name_team_and_tier() {
        login(DemoAccounts.MEMBER_DANA);
        navigate("");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-name")).getText()).isEqualTo("Dana Reyes");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-seat")).getText())
            .isEqualTo("EMEA Sales · Sales Navigator Core");
    }

    @Test
    void the_account_menu_says_who_is_signed_in_and_offers_my_account_and_sign_out() {
        login(DemoAccounts.MEMBER_DANA);
        navigate("");
        // The name and seat beside the avatar are hidden on a phone; the menu's first
        // line says it.
        assertThat(_find(MenuItem.class).stream().map(MenuItem::getText).filter(t -> !t.isEmpty()))
            .containsExactly("Dana Reyes · EMEA Sales · Sales Navigator Core", "My account", "Sign out");
        assertThat(_find(MenuItem.class).stream()
            .filter(i -> i.getText().startsWith("Dana"))
            .findFirst()
            .orElseThrow()
            .isEnabled()).isFalse();
    }

    @Test
    void an_admin_without_a_seat_is_shown_as_administrator() {
        login(DemoAccounts.ADMIN);
        navigate("");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-seat")).getText()).isEqualTo("Administrator");
    }

    @Test
    void someone_not_signed_in_is_sent_to_the_login_page() {
        navigate("tiers");
        _get(LoginForm.class);
        assertThat(_find(SideNavItem.class)).isEmpty();
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

}
