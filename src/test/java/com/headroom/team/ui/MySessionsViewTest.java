package com.headroom.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.headroom.KaribuTest;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.base.AuditEntry;
import com.headroom.base.AuditLog;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.security.SessionActivityRegistry;
import com.headroom.security.SystemAuthentication;
import com.headroom.security.SignedInSessions.OpenSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Where you are signed in" on My account: the list, "Sign out everywhere else", and a
 * password change.
 */
class MySessionsViewTest extends KaribuTest {

    static final String WINDOWS_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    static final String IPHONE_SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    @Autowired
    TestData testData;

    @Autowired
    SessionActivityRegistry registry;

    @Autowired
    TestClock clock;

    @Autowired
    AuditLog auditLog;

    private TestData.Person me;

    private String here;

    private final String laptop = "laptop-" + TestData.unique("session").replace(' ', '-');

    @BeforeEach
    void signedInOnALaptopAndHere() {
        me = testData.person("Two Places", Role.MEMBER, testData.team("Places").id(), "Free");
        HeadroomUser user = login(me.email());
        here = VaadinSession.getCurrent().getSession().getId();
        clock.set(Instant.parse("2026-12-10T08:00:00Z")); // 09:00 in the team's Berlin
        registry.registerNewSession(laptop, user);
        clock.set(Instant.parse("2026-12-10T13:10:00Z"));
        registry.seen(laptop, WINDOWS_CHROME);
        clock.set(Instant.parse("2026-12-10T13:15:00Z"));
        registry.registerNewSession(here, user);
        clock.advance(Duration.ofMinutes(5));
        registry.seen(here, IPHONE_SAFARI);
        navigate("account");
    }

    @AfterEach
    void forgetTheSessions() {
        registry.removeSessionInformation(laptop);
        registry.removeSessionInformation(here);
        clock.reset();
    }

    @Test
    void the_page_lists_the_open_sessions_with_browser_start_and_last_seen_in_the_teams_zone() {
        assertThat(rows()).containsExactly(
                List.of("Safari on iPhone (this browser)", "Thu 10 Dec 2026 14:15", "Thu 10 Dec 2026 14:20"),
                List.of("Chrome on Windows", "Thu 10 Dec 2026 09:00", "Thu 10 Dec 2026 14:10"));
    }

    @Test
    void sign_out_everywhere_else_ends_the_other_sessions_and_keeps_this_one() {
        _click(_get(Button.class, spec -> spec.withText("Sign out everywhere else")));

        assertThat(notificationTexts()).contains("Signed out of 1 other browser.");
        assertThat(registry.getSessionInformation(laptop).isExpired()).isTrue();
        assertThat(registry.getSessionInformation(here).isExpired()).isFalse();
        assertThat(rows()).extracting(List::getFirst).containsExactly("Safari on iPhone (this browser)");
        assertThat(_get(Button.class, spec -> spec.withText("Sign out everywhere else")).isEnabled())
            .as("nothing left to sign out")
            .isFalse();
        assertThat(SystemAuthentication.callAsSystem(() -> auditLog.historyOf("Account", me.id())))
            .extracting(AuditEntry::action)
            .contains("Signed out everywhere else (1 browser)");
    }

    @Test
    void changing_the_password_here_signs_the_laptop_out() {
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), TestData.PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "a new passphrase for both");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password again")), "a new passphrase for both");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        assertThat(registry.getSessionInformation(laptop).isExpired()).isTrue();
        assertThat(registry.getSessionInformation(here).isExpired()).isFalse();
        assertThat(rows()).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows() {
        Grid<OpenSession> grid = _get(Grid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> {
            var row = GridKt._getFormattedRow(grid, i);
            return List.of(row.get(0), row.get(1), row.get(2));
        }).toList();
    }

}
