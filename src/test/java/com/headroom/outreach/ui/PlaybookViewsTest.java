package com.headroom.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.KaribuTest;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamService;
import com.headroom.team.TeamSummary;
import com.headroom.warmintro.ConnectionFiles;
import com.headroom.warmintro.ConnectionImportService;
import com.headroom.warmintro.StrengthOverride;
import com.headroom.warmintro.WarmIntroService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a rep meets the playbook: My day's warm-up and keep-in-touch lists, the
 * invitation form's cold note, the network cap and the targeting warning.
 */
class PlaybookViewsTest extends KaribuTest {

    /** Wednesday 25 November 2026, 10:00 in Berlin. */
    static final Instant WED = LocalDateTime.parse("2026-11-25T10:00").atZone(ZoneId.of("Europe/Berlin")).toInstant();

    @Autowired
    OutreachService outreach;

    @Autowired
    ProspectService prospects;

    @Autowired
    TeamService teams;

    @Autowired
    ConnectionImportService connections;

    @Autowired
    WarmIntroService warmIntros;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TeamSummary team;

    TestData.Person rep;

    @BeforeEach
    void aRepInATeamInBerlin() {
        clock.set(WED);
        team = testData.team("Playbook UI");
        SystemAuthentication.callAsSystem(() -> {
            var policy = teams.policy(team.id());
            return teams.updatePolicy(team.id(), policy.version(),
                    policy.settings().withTargets(Set.of(), Set.of()).withWarmUp(2, 40));
        });
        rep = testData.member("Wren Warm", team.id());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void warm_up_today_says_what_is_missing_and_the_invitation_form_says_who_is_cold() {
        var ada = researched("Ada", "Lovelace", "Berlin, Germany", "Software");
        var bo = researched("Bo", "Berg", "Berlin, Germany", "Software");
        log(ada, OutreachType.PROFILE_VIEWED, WED.minus(Duration.ofDays(1)));
        log(bo, OutreachType.PROFILE_VIEWED, WED.minus(Duration.ofDays(3)));
        log(bo, OutreachType.POST_ENGAGED, WED.minus(Duration.ofDays(1)));

        login(rep.email());
        navigate("");
        assertThat(texts(Paragraph.class)).contains("Warm up today (1)");
        assertThat(deepTexts(ListItem.class)).contains("Ada Lovelace · Acme — Engaged on 1 of the 2 days before"
                + " inviting (last Tue 24 Nov 2026): 1 more day of engagement, starting today");
        assertThat(deepTexts(ListItem.class)).noneMatch(t -> t.startsWith("Bo Berg"));

        openProspect(ada);
        _click(button("Invitation sent…"));
        assertThat(texts(Paragraph.class)).contains("Cold: you engaged with Ada on 1 of the 2 days your team asks for"
                + " in the 14 days before an invitation. Viewing their profile or engaging with a post first makes an"
                + " acceptance likelier.");
        openProspect(bo);
        _click(button("Invitation sent…"));
        assertThat(texts(Paragraph.class))
            .contains("Warmed up: you engaged with Bo on 2 different days in the last 14.");

        // Engaged with today: nothing more to do today, so off today's list.
        log(ada, OutreachType.POST_ENGAGED, WED.minus(Duration.ofMinutes(5)));
        navigate("");
        assertThat(texts(Paragraph.class)).noneMatch(t -> t.startsWith("Warm up today"));
    }

    @Test
    void keep_in_touch_lists_quiet_relationships_oldest_first_and_not_now_and_we_talked_take_them_off() {
        var cara = researched("Cara", "Lind", "Berlin, Germany", "Software");
        var dan = researched("Dan", "Dahl", "Berlin, Germany", "Software");
        clock.set(WED.minus(Duration.ofDays(29)));
        log(cara, OutreachType.INVITATION_SENT, null);
        log(dan, OutreachType.INVITATION_SENT, null);
        clock.set(WED.minus(Duration.ofDays(28)));
        log(cara, OutreachType.INVITATION_ACCEPTED, null);
        log(dan, OutreachType.INVITATION_ACCEPTED, null);
        log(cara, OutreachType.MESSAGE_SENT, null);
        clock.set(WED.minus(Duration.ofDays(5)));
        log(dan, OutreachType.MESSAGE_SENT, null);
        clock.set(WED);
        String url = "https://www.linkedin.com/in/eli-" + UUID.randomUUID();
        testData.as(rep,
                () -> connections.importConnections("Connections.csv",
                        (ConnectionFiles.HEADER + "Eli,Esk," + url + ",,Fjord AB,CTO,01 Mar 2025\n")
                            .getBytes(StandardCharsets.UTF_8),
                        done -> {
                        }));
        long eli = jdbc.queryForObject("SELECT id FROM wi_person WHERE profile_url = ?", Long.class, url);
        testData.as(rep, () -> warmIntros.setStrength(eli, StrengthOverride.CLOSE));

        login(rep.email());
        navigate("");
        // 14 days without an exchange (the least is 7): Cara's message was 28 days ago,
        // Dan's 5.
        _click(button("Change"));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Days without an exchange")), 3);
        _click(button("Save"));
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Days without an exchange")).getErrorMessage())
            .isEqualTo("Enter a number of days between 7 and 365.");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Days without an exchange")), 14);
        _click(button("Save"));
        assertThat(notificationTexts()).contains("Keep in touch after 14 days without an exchange.");

        assertThat(keepInTouch()).containsExactly(
                "Eli Esk · Fjord AB — Close connection · no exchange logged yet (connected Sat 1 Mar 2025) We talked"
                        + " Not now",
                "Cara Lind · Acme — Last exchange: Message sent on Wed 28 Oct 2026 (28 days ago) Not now");

        _click(keepInTouchButton("Cara Lind", "Not now"));
        assertThat(notificationTexts()).contains("Cara Lind is off the list until Fri 25 Dec 2026.");
        assertThat(keepInTouch()).hasSize(1).allMatch(t -> t.startsWith("Eli Esk"));
        _click(keepInTouchButton("Eli Esk", "We talked"));
        assertThat(keepInTouch()).isEmpty();
        assertThat(texts(Paragraph.class))
            .contains("Nobody has gone quiet for 14 days: your relationships are up to date.");

        // A month on, Cara's "not now" is over, Eli's talk and Dan's message are past the
        // 14 days.
        clock.set(WED.plus(Duration.ofDays(31)));
        login(rep.email());
        navigate("limits");
        navigate("");
        assertThat(keepInTouch()).hasSize(3);
    }

    @Test
    void keep_in_touch_shows_at_most_five_a_day_counting_those_handled_today() {
        clock.set(WED.minus(Duration.ofDays(29)));
        List<ProspectDetails> people = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            var p = researched("P" + i, "Quiet", "Berlin, Germany", "Software");
            log(p, OutreachType.INVITATION_SENT, null);
            people.add(p);
        }
        clock.set(WED.minus(Duration.ofDays(28)));
        people.forEach(p -> log(p, OutreachType.INVITATION_ACCEPTED, null));
        clock.set(WED);
        login(rep.email());
        navigate("");
        _click(button("Change"));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Days without an exchange")), 7);
        _click(button("Save"));
        assertThat(keepInTouch()).hasSize(5);
        assertThat(texts(Paragraph.class)).contains("2 more wait for the next days.");
        _click(keepInTouchButton(keepInTouch().getFirst().split(" ·")[0], "Not now"));
        _click(keepInTouchButton(keepInTouch().getFirst().split(" ·")[0], "Not now"));
        // Two handled today: three more today, of the five due.
        assertThat(keepInTouch()).hasSize(3);
        assertThat(texts(Paragraph.class)).contains("2 more wait for the next days.");
    }

    @Test
    void the_network_counts_towards_30000_and_at_the_cap_an_invitation_is_refused() {
        var ada = researched("Ada", "Lovelace", "Berlin, Germany", "Software");
        testData.as(rep,
                () -> connections.importConnections(
                        "Connections.csv", (ConnectionFiles.HEADER + "Eli,Esk,https://www.linkedin.com/in/eli-"
                                + UUID.randomUUID() + ",,Fjord AB,CTO,01 Mar 2025\n")
                            .getBytes(StandardCharsets.UTF_8),
                        done -> {
                        }));
        jdbc.update("UPDATE wi_member SET connections = 29400 WHERE member_id = ?", rep.id());
        login(rep.email());
        navigate("");
        assertThat(gaugeValue("of 30,000 connections LinkedIn allows")).isEqualTo("29,400");
        assertThat(deepTexts(Div.class)).anyMatch(t -> t.contains("You have 29,400 connections (your Connections.csv"
                + " of Wed 25 Nov 2026 had 29,400), close to LinkedIn's limit of 30,000 (600 left)."));

        jdbc.update("UPDATE wi_member SET connections = 30000 WHERE member_id = ?", rep.id());
        openProspect(ada);
        _click(button("Invitation sent…"));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("error-text")).stream().map(Paragraph::getText))
            .anyMatch(t -> t
                .startsWith("LinkedIn stops members at 30,000 connections and you have 30,000" + " connections"));
    }

    @Test
    void too_many_invitations_outside_the_teams_targets_turn_the_account_amber_with_the_numbers() {
        SystemAuthentication.callAsSystem(() -> {
            var policy = teams.policy(team.id());
            return teams.updatePolicy(team.id(), policy.version(),
                    policy.settings().withTargets(Set.of("Germany"), Set.of("Software")));
        });
        for (int i = 0; i < 5; i++) {
            var p = researched("Far" + i, "Away", i < 3 ? "Lyon, France" : "Hamburg, Germany", "Software");
            log(p, OutreachType.INVITATION_SENT, WED.minus(Duration.ofHours(1 + i)));
        }
        var unknown = researched("No", "Where", "", "Software");
        log(unknown, OutreachType.INVITATION_SENT, WED.minus(Duration.ofMinutes(10)));
        login(rep.email());
        navigate("");
        assertThat(texts(Span.class)).contains("Watch out");
        assertThat(deepTexts(ListItem.class)).contains("3 of your 6 invitations in the last 7 days (50%) went to"
                + " people outside the team's target regions and industries, above the team's 40%: LinkedIn may look"
                + " more closely at requests far from your market. Invite more people inside it. 1 person has no"
                + " location or industry on file: counted as unknown, not outside. Add them to the prospect to count"
                + " them.");
        navigate("limits");
        assertThat(deepTexts(ListItem.class)).contains("Targets: Germany; Software. More than 40% of a week's"
                + " invitations outside them turns your account amber");
    }

    private ProspectDetails researched(String first, String last, String location, String industry) {
        var added = testData.as(rep,
                () -> prospects.add(team.id(),
                        new ProspectDraft(first, last, "Head of Sales", "Acme",
                                "https://www.linkedin.com/in/" + first.toLowerCase() + "-" + UUID.randomUUID(), "",
                                EmailStatus.UNKNOWN, location, industry, 4, Set.of(), "")));
        return testData.as(rep, () -> prospects.changeStage(added.id(), Stage.RESEARCHED));
    }

    private void log(ProspectDetails prospect, OutreachType type, Instant at) {
        testData.as(rep, () -> outreach
            .log(new LogRequest(prospect.id(), type, at, null, null, null, TestData.key(), null, "Logged late")));
    }

    private void openProspect(ProspectDetails prospect) {
        UI.getCurrent().navigate("prospects", QueryParameters.of("open", Long.toString(prospect.id())));
    }

    private static List<String> keepInTouch() {
        return _find(ListItem.class).stream()
            .filter(li -> li.getParent()
                .flatMap(ul -> ul.getParent())
                .map(card -> card.hasClassName("keep-in-touch"))
                .orElse(false))
            .map(li -> String.join(" ",
                    li.getChildren().map(c -> c.getElement().getTextRecursively().strip()).toList()))
            .toList();
    }

    private static Button keepInTouchButton(String name, String text) {
        var item = _find(ListItem.class).stream()
            .filter(li -> li.getElement().getTextRecursively().startsWith(name) && li.getParent()
                .flatMap(ul -> ul.getParent())
                .map(c -> c.hasClassName("keep-in-touch"))
                .orElse(false))
            .findFirst()
            .orElseThrow();
        return item.getChildren()
            .filter(c -> c instanceof Button b && b.getText().equals(text))
            .map(Button.class::cast)
            .findFirst()
            .orElseThrow();
    }

    private static String gaugeValue(String counts) {
        var label = _get(Span.class, spec -> spec.withText(counts));
        return ((Span) label.getParent()
            .orElseThrow()
            .getChildren()
            .filter(c -> c.hasClassName("gauge-value"))
            .findFirst()
            .orElseThrow()).getText();
    }

    private static List<String> texts(Class<? extends com.vaadin.flow.component.HasText> type) {
        return _find((Class<? extends com.vaadin.flow.component.Component>) type).stream()
            .map(c -> ((com.vaadin.flow.component.HasText) c).getText())
            .toList();
    }

    private static <T extends com.vaadin.flow.component.Component> List<String> deepTexts(Class<T> type) {
        return _find(type).stream().map(c -> c.getElement().getTextRecursively()).toList();
    }

    private static Button button(String text) {
        return _find(Button.class, spec -> spec.withText(text)).getLast();
    }

}
