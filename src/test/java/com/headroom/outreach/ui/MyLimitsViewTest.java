package com.headroom.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.DemoAccounts;
import com.headroom.KaribuTest;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyLimitsViewTest extends KaribuTest {

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_rep_with_a_new_linkedin_account_sees_when_it_started_and_their_ramp_up_week() {
        // Tuesday 1 December 2026, 10:00 in Berlin.
        clock.set(LocalDateTime.parse("2026-12-01T10:00").atZone(ZoneId.of("Europe/Berlin")).toInstant());
        var team = testData.team("Ramping");
        var rep = testData.member("Nia Newcomer", team.id(), "Sales Navigator Core", LocalDate.of(2026, 11, 16));
        login(rep.email());
        navigate("limits");

        assertThat(paragraphs())
            .contains("Your LinkedIn account started on Mon 16 Nov 2026: ramp-up week 3 of 6, so up to"
                    + " 20 invitations a day and 100 a week (20 a day × 5 working days). From Mon 28 Dec 2026 your tier's 200"
                    + " invitations a week apply.");
        assertThat(paragraphs()).anySatisfy(p -> assertThat(p).startsWith("Where these figures come from: InMail: 50"
                + " a month, balance at most 150, renewed on the 1st of the month UTC (LinkedIn Help)."));
    }

    @Test
    void a_rep_whose_account_is_past_its_ramp_up_is_told_the_tiers_budget_applies() {
        clock.set(LocalDateTime.parse("2026-12-01T10:00").atZone(ZoneId.of("Europe/Berlin")).toInstant());
        var rep = testData.member("Otto Older", testData.team("Ramped").id(), "Sales Navigator Core",
                LocalDate.of(2026, 6, 1));
        login(rep.email());
        navigate("limits");

        assertThat(paragraphs())
            .contains("Your LinkedIn account started on Mon 1 Jun 2026: its ramp-up is over, so your"
                    + " tier's 200 invitations a week apply.");
    }

    @Test
    void a_rep_whose_linkedin_start_is_not_set_is_told_so_and_has_no_ramp_up() {
        var rep = testData.member("Esme Established", testData.team("Steady").id());
        login(rep.email());
        navigate("limits");

        assertThat(paragraphs()).contains("When your LinkedIn account started: not set, so no ramp-up applies. If it"
                + " is new or came back after a long break, ask your administrator to set it.");
        assertThat(paragraphs()).noneMatch(p -> p.contains("ramp-up week"));
        assertThat(paragraphs()).anySatisfy(p -> assertThat(p)
            .startsWith("Where these figures come from: InMail: 15" + " a month, balance at most 45 (LinkedIn Help)."));
    }

    @Test
    void a_member_sees_the_limits_of_their_seat_and_how_their_team_paces() {
        login(DemoAccounts.MEMBER_DANA);
        navigate("limits");

        _get(H2.class, spec -> spec.withText("Your LinkedIn seat: Sales Navigator Core"));
        _get(H2.class, spec -> spec.withText("How EMEA Sales paces outreach"));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains(
                "200 invitations a week (LinkedIn counts a rolling 7 days)",
                "50 InMail credits on the 1st of each month (UTC); at most 150 held at once; costs another credit"
                        + " for a second InMail",
                "Headroom suggests up to 20 invitations a day, spread over Mon–Fri in Europe/Berlin; more than 40 in a day is past the team's limit",
                "Warned at 500 pending invitations, blocked at 700");
    }

    @Test
    void a_free_member_sees_the_monthly_note_cap() {
        login("lee@acme.example");
        navigate("limits");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
            .contains("5 personalized notes a month, up to 200 characters each", "No InMail credits");
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

}
