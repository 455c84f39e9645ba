package com.headroom.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.DemoAccounts;
import com.headroom.KaribuTest;
import com.headroom.SignedInAs;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.prospect.ProspectService;
import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One way to write a date, in the team's time zone: "Thu 10 Dec 2026" in text,
 * day-month-year in every picker whatever the browser's language, and no time in UTC
 * where the team is elsewhere.
 */
class DatesReadTheSameEverywhereTest extends KaribuTest {

    /** 14:30 UTC is 09:30 in New York and 15:30 in Berlin. */
    static final Instant AT = Instant.parse("2026-12-10T14:30:00Z");

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    ProspectService prospects;

    @Autowired
    TeamService teams;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_new_york_teams_prospect_history_and_logging_picker_read_in_new_york_time_day_before_month() {
        clock.set(AT);
        var team = SystemAuthentication
            .callAsSystem(() -> teams.create(TestData.unique("New York"), "America/New_York"));
        var rep = testData.member("Nora York", team.id());
        var nora = SignedInAs.call(users, rep.email(), () -> prospects.add(team.id(), ProspectFixtures.draft("Nina",
                "Example", "Acme", "https://www.linkedin.com/in/nina-" + UUID.randomUUID())));
        // A US browser: the pickers must still read day-month-year.
        UI.getCurrent().setLocale(Locale.US);
        login(rep.email());
        UI.getCurrent().navigate("prospects", QueryParameters.of("open", Long.toString(nora.id())));

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
            .anyMatch(t -> t.contains("added Thu 10 Dec 2026"));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
            .anyMatch(t -> t.startsWith("Thu 10 Dec 2026 09:30 · Nora York: Added"));
        var when = _get(DateTimePicker.class, spec -> spec.withLabel("When, if not just now"));
        assertDayMonthYear(when.getDatePickerI18n());
        assertThat(when.getLocale()).isEqualTo(Locale.UK);
        assertThat(when.getHelperText()).isEqualTo("Up to 30 days back, in America/New_York time");
        assertThat(when.getMax()).isEqualTo(java.time.LocalDateTime.parse("2026-12-10T09:30"));
    }

    @Test
    void the_restriction_dialog_pickers_read_day_month_year() {
        var team = testData.team("Pickers");
        var rep = testData.member("Pia Picker", team.id());
        UI.getCurrent().setLocale(Locale.US);
        login(rep.email());
        navigate("");
        _click(_find(Button.class, spec -> spec.withText("LinkedIn restricted my account…")).getFirst());
        assertDayMonthYear(
                _get(DateTimePicker.class, spec -> spec.withLabel("When did it happen?")).getDatePickerI18n());
        assertDayMonthYear(
                _get(DatePicker.class, spec -> spec.withLabel("When does it end, if LinkedIn said?")).getI18n());
    }

    @Test
    void the_audit_log_reads_in_the_organisations_zone_not_utc() {
        login(DemoAccounts.ADMIN);
        navigate("audit");
        assertThat(_find(Span.class).stream().map(Span::getText))
            .contains("Newest first. Times are in" + " Europe/Berlin time.");
    }

    private static void assertDayMonthYear(DatePicker.DatePickerI18n i18n) {
        assertThat(i18n.getDateFormats()).first().isEqualTo("d MMM yyyy");
        assertThat(i18n.getDateFormats()).contains("d.M.yyyy", "d/M/yyyy", "yyyy-MM-dd");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
    }

}
