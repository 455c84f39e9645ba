package com.headroom.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.DemoAccounts;
import com.headroom.KaribuTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;

class MyLimitsViewTest extends KaribuTest {

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
}
