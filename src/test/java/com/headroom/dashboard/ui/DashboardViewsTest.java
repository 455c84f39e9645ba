package com.headroom.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.headroom.TestData.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.headroom.KaribuTest;
import com.headroom.SignedInAs;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.dashboard.ResultsPeriod;
import com.headroom.dashboard.ResultsRow;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.MyDayService;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.security.Role;
import com.headroom.team.AccountDraft;
import com.headroom.team.AccountService;
import com.headroom.team.TeamSummary;
import com.headroom.tier.SecondInMailRule;
import com.headroom.tier.TierDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The manager's screens on a known week. Now is Monday 7 December 2026, 10:00 in Berlin.
 * Last week Ada sent 4 invitations on a 20-a-week tier, moved to a 100-a-week tier on
 * Wednesday and sent 6 more; LinkedIn restricted Rex on Saturday; Quinn last logged on
 * Tuesday, Wendy on Wednesday.
 */
class DashboardViewsTest extends KaribuTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant MONDAY = at("2026-12-07T10:00");

    @Autowired
    OutreachService outreach;

    @Autowired
    ProspectService prospects;

    @Autowired
    MyDayService myDay;

    @Autowired
    AccountService accounts;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    com.headroom.dashboard.OverviewService overview;

    @Autowired
    UserDetailsService users;

    TeamSummary team;

    TestData.Person manager;

    TestData.Person ada;

    TestData.Person rex;

    TestData.Person quinn;

    TestData.Person wendy;

    List<ProspectDetails> adasProspects = new ArrayList<>();

    static Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(BERLIN).toInstant();
    }

    @BeforeEach
    void aWeekOfOutreach() {
        clock.set(at("2026-11-30T08:00"));
        var small = tier("Dash Small", 20);
        var big = tier("Dash Big", 100);
        team = testData.team("Dashboard");
        manager = testData.manager("Mona Manager", team.id(), java.util.Set.of(team.id()));
        ada = testData.person("Ada Active", Role.MEMBER, team.id(), small.name());
        rex = testData.person("Rex Restricted", Role.MEMBER, team.id(), big.name());
        quinn = testData.person("Quinn Quiet", Role.MEMBER, team.id(), big.name());
        wendy = testData.person("Wendy Wednesday", Role.MEMBER, team.id(), big.name());

        for (int i = 0; i < 4; i++) {
            var p = prospect(ada, "Tue" + i, "Siemens");
            adasProspects.add(p);
            log(ada, at("2026-12-01T10:00").plus(Duration.ofMinutes(20L * i)), p, OutreachType.INVITATION_SENT);
        }
        log(quinn, at("2026-12-01T11:00"), prospect(quinn, "Quentin", "Bosch"), OutreachType.INVITATION_SENT);
        clock.set(at("2026-12-02T09:00"));
        var admin = testData.person("Adam Admin", Role.ADMIN, null, null);
        SignedInAs.run(users, admin.email(), () -> {
            var details = accounts.find(ada.id()).orElseThrow();
            var d = details.draft();
            accounts.update(ada.id(), details.version(),
                    new AccountDraft(d.displayName(), d.email(), d.role(), d.teamId(), big.id(), d.seatStartedOn(),
                            d.linkedInProfileUrl(), d.linkedInStartedOn(), d.managedTeamIds()));
        });
        log(wendy, at("2026-12-02T15:00"), prospect(wendy, "Walter", "Bosch"), OutreachType.INVITATION_SENT);
        for (int i = 0; i < 6; i++) {
            var p = prospect(ada, "Thu" + i, "Siemens");
            adasProspects.add(p);
            log(ada, at("2026-12-03T10:00").plus(Duration.ofMinutes(20L * i)), p, OutreachType.INVITATION_SENT);
        }
        for (int i = 0; i < 3; i++) {
            log(rex, at("2026-12-04T09:00").plus(Duration.ofMinutes(20L * i)), prospect(rex, "Fri" + i, "Siemens"),
                    OutreachType.INVITATION_SENT);
        }
        log(ada, at("2026-12-04T14:00"), adasProspects.get(0), OutreachType.INVITATION_ACCEPTED);
        log(ada, at("2026-12-04T14:10"), adasProspects.get(1), OutreachType.INVITATION_ACCEPTED);
        log(ada, at("2026-12-04T14:20"), adasProspects.get(0), OutreachType.MESSAGE_SENT);
        log(ada, at("2026-12-04T16:00"), adasProspects.get(0), OutreachType.MESSAGE_REPLIED);
        testData.as(ada, () -> prospects.changeStage(adasProspects.get(0).id(), Stage.MEETING));
        clock.set(at("2026-12-05T10:00"));
        testData.as(rex, () -> outreach.reportRestriction(at("2026-12-05T10:00"), null, key()));
        clock.set(MONDAY);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void team_overview_lists_who_needs_help_first_with_the_figures_their_own_my_day_shows() {
        login(manager.email());
        navigate("overview");
        var grid = overviewGrid();
        // The manager holds a seat in the team too, and has logged nothing since it
        // began: quiet.
        assertThat(GridKt._size(grid)).isEqualTo(5);
        // Rex (RED, restricted) comes first, the quiet ones before the healthy ones.
        assertThat(names(grid)).containsExactly("Rex Restricted", "Mona Manager", "Quinn Quiet", "Ada Active",
                "Wendy Wednesday");

        var adaRow = row(grid, "Ada Active");
        assertThat(adaRow).containsSubsequence("Ada Active", "10 of 100");
        var adasDay = testData.as(ada, () -> myDay.myDay()).headroom().orElseThrow().invitations();
        assertThat(adasDay.weeklyBudget()).as("the budget Ada's My day shows").isEqualTo(100);
        assertThat(adasDay.sentThisWeek()).isEqualTo(10);
        assertThat(adaRow).contains(adasDay.sentToday() + " of " + adasDay.todayTarget(),
                adasDay.pending() + " (warn " + adasDay.pendingWarnAt() + ", block " + adasDay.pendingBlockAt() + ")",
                adasDay.acceptance30Days().describe(), "1 working day ago");
        assertThat(adasDay.pending()).isEqualTo(8);
        assertThat(adasDay.acceptance30Days().describe()).isEqualTo("20% (2 of 10)");

        var rexRow = row(grid, "Rex Restricted");
        assertThat(rexRow).contains("3 of 100");
        assertThat(rexRow).anyMatch(cell -> cell.startsWith("Restricted, cooldown until "));
        assertThat(row(grid, "Quinn Quiet")).contains("4 working days ago");
        assertThat(row(grid, "Wendy Wednesday")).contains("3 working days ago");

        var lines = _find(ListItem.class).stream().map(li -> li.getElement().getTextRecursively()).toList();
        assertThat(lines).anyMatch(l -> l.startsWith(
                "Stop and fix Rex Restricted: Stop and fix. Rex's My day says: \"LinkedIn restricted your account"));
        assertThat(lines).contains("Quiet Quinn Quiet: Nothing logged for 3 working days (last on Tue 1 Dec 2026).");
        assertThat(lines).noneMatch(l -> l.contains("Wendy Wednesday: Nothing logged"));
        assertThat(lines)
            .anyMatch(l -> l.startsWith("Account conflict Siemens: 2 members work Siemens in the last" + " 30 days: "));
        assertThat(text(Paragraph.class))
            .contains(team.name() + " on Mon 7 Dec 2026: 5 members · 1 to stop and fix · 0 to watch · 2"
                    + " quiet. Click a member to see their day.");
        assertThat(grid.getColumnByKey("invitations").getFooterText()).isEqualTo("15 of 600");
    }

    @Test
    void the_overview_csv_holds_the_figures_of_the_moment_it_is_downloaded() throws Exception {
        login(manager.email());
        navigate("overview");
        var link = _get(Anchor.class,
                spec -> spec.withPredicate(a -> a.getChildren()
                    .anyMatch(c -> c instanceof com.vaadin.flow.component.button.Button b
                            && b.getText().equals("Download CSV"))));
        var before = new String(com.headroom.Downloaded.from(link).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(before.lines().filter(l -> l.startsWith("\"Ada Active\""))).singleElement()
            .asString()
            .contains("\"10\",\"100\"");

        // Ada logs one more invitation after the page was opened.
        log(ada, clock.instant(), testData.prospect(ada, team.id(), "Late", "Example", "Later GmbH"),
                OutreachType.INVITATION_SENT);
        var after = new String(com.headroom.Downloaded.from(link).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(after.lines().filter(l -> l.startsWith("\"Ada Active\""))).singleElement()
            .asString()
            .contains("\"11\",\"100\"");
    }

    @Test
    void a_member_is_read_only_and_shows_no_private_note() {
        testData.as(ada, () -> prospects.savePrivateNote(adasProspects.get(2).id(), "Secret: her boss is leaving"));
        login(manager.email());
        navigate("overview/member/" + ada.id());
        String page = _get(MemberOverviewView.class).getElement().getTextRecursively();
        assertThat(page).contains("Ada Active", "90 of 100 invitations left this week: 10 sent in the last 7 days.",
                "8 invitations pending; the team warns at", "Meeting: 1", "10 invitations sent, 2 of them accepted");
        assertThat(page).doesNotContain("Secret", "her boss");
        assertThat(_find(_get(MemberOverviewView.class), com.vaadin.flow.component.button.Button.class))
            .as("nothing to act on")
            .isEmpty();
    }

    @Test
    void results_add_up_per_member_to_the_team_and_match_the_ledger() {
        login(manager.email());
        navigate("overview/results", "team=" + team.id() + "&period=LAST_WEEK");
        @SuppressWarnings("unchecked")
        Grid<ResultsRow> table = _get(Grid.class, spec -> spec.withClasses("results-table"));
        var rows = table.getGenericDataView().getItems().toList();
        var adaRow = rows.stream().filter(r -> "Ada Active".equals(r.name())).findFirst().orElseThrow();
        assertThat(adaRow.sent()).isEqualTo(10);
        assertThat(adaRow.accepted()).isEqualTo(2);
        assertThat(adaRow.replies()).isEqualTo(1);
        assertThat(adaRow.meetings()).isEqualTo(1);
        assertThat(adaRow.daysToAccept()).contains(3.0);
        var total = rows.getLast();
        assertThat(total.memberId()).isNull();
        assertThat(total.sent()).isEqualTo(15)
            .isEqualTo(rows.stream().filter(r -> r.memberId() != null).mapToInt(ResultsRow::sent).sum());
        assertThat(total.accepted()).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(table, rows.size() - 1)).containsSubsequence("Team total", "15", "2 (13%)",
                "1 (50%)", "1 (100%)");
        assertThat(text(Paragraph.class)).anyMatch(t -> t.startsWith(team.name() + ", Last week: Mon 30 Nov 2026 –"
                + " Sun 6 Dec 2026: 15 invitations sent, 2 (13%) accepted, 1 reply, 1 meeting"));
        // The weekly chart's week of 30 November holds the same 15.
        var view = _get(ResultsView.class);
        var week = view.shown()
            .weekly()
            .stream()
            .filter(w -> w.monday().equals(LocalDate.of(2026, 11, 30)))
            .findFirst()
            .orElseThrow();
        assertThat(week.sent()).isEqualTo(15);
        assertThat(week.accepted()).isEqualTo(2);
    }

    @Test
    void results_compare_warmed_and_cold_invitations_per_member_and_for_the_team() {
        var warm = prospect(wendy, "Warmy", "Bosch");
        log(wendy, at("2026-12-01T09:00"), warm, OutreachType.PROFILE_VIEWED);
        log(wendy, at("2026-12-02T09:00"), warm, OutreachType.POST_ENGAGED);
        log(wendy, at("2026-12-03T09:00"), warm, OutreachType.INVITATION_SENT);
        log(wendy, at("2026-12-04T09:00"), warm, OutreachType.INVITATION_ACCEPTED);
        clock.set(MONDAY);
        login(manager.email());
        navigate("overview/results", "team=" + team.id() + "&period=LAST_WEEK");
        var section = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("warm-up-results"));
        _click(_get(section, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Compare warmed-up and cold invitations")));
        @SuppressWarnings("unchecked")
        Grid<com.headroom.outreach.WarmUpRow> grid = _get(section, Grid.class);
        var rows = grid.getGenericDataView().getItems().toList();
        var wendys = rows.stream().filter(r -> "Wendy Wednesday".equals(r.name())).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, rows.indexOf(wendys))).containsSubsequence("Wendy Wednesday",
                "1 of 1 (100%)", "0 of 1 (0%)");
        var teamRow = rows.getLast();
        assertThat(teamRow.memberId()).isNull();
        assertThat(teamRow.warmedSent()).isEqualTo(1);
        assertThat(teamRow.coldSent()).isEqualTo(15);
        assertThat(teamRow.coldAccepted()).isEqualTo(2);
        assertThat(text(Paragraph.class)).anyMatch(t -> t
            .startsWith("An invitation is warmed up when its sender"
                    + " viewed the person's profile or engaged with a post on 2 different days in the 14 before it.")
                && t.endsWith("Warmed-up invitations 1 of 1 accepted (100%); cold invitations 2 of 15 accepted (13%)."
                        + " Not enough sent yet to tell them apart: keep warming up and compare again."));
    }

    @Test
    void the_managers_my_day_counts_what_needs_attention_and_links_to_the_overview() {
        login(manager.email());
        var lines = SignedInAs.call(users, manager.email(), () -> overview.overview(team.id())).attention().size();
        navigate("");
        var notice = _find(Paragraph.class).stream()
            .filter(p -> p.getElement().getTextRecursively().contains("need your attention"))
            .findFirst()
            .orElseThrow();
        assertThat(lines).isGreaterThanOrEqualTo(3);
        assertThat(notice.getElement().getTextRecursively())
            .isEqualTo(lines + " things need your attention. See Team" + " overview");
        assertThat(_get(notice, Anchor.class).getHref()).isEqualTo("overview");
    }

    @Test
    void the_print_layout_shows_the_weeks_results_without_anything_to_click_but_print() {
        login(manager.email());
        navigate("overview/results/print", "team=" + team.id() + "&period=LAST_WEEK");
        var page = _get(ResultsPrintView.class);
        assertThat(_get(page, com.vaadin.flow.component.html.H1.class).getText()).isEqualTo(team.name() + ": results");
        assertThat(page.getElement().getTextRecursively()).contains("Last week: Mon 30 Nov 2026 – Sun 6 Dec 2026",
                "15 invitations sent, 2 (13%) accepted");
        @SuppressWarnings("unchecked")
        Grid<ResultsRow> table = _get(page, Grid.class);
        assertThat(GridKt._size(table)).isEqualTo(6);
        assertThat(_find(page, com.vaadin.flow.component.button.Button.class)).extracting(b -> b.getText())
            .containsExactly("Print or save as PDF");
    }

    @Test
    void a_long_kind_of_attention_shows_five_lines_and_the_rest_on_request() {
        var quietTeam = testData.team("Six quiet");
        var lead = testData.manager("Lara Lead", quietTeam.id(), java.util.Set.of(quietTeam.id()));
        for (int i = 0; i < 6; i++) {
            testData.member("Silent Rep" + i, quietTeam.id());
        }
        login(lead.email());
        navigate("overview");
        java.util.function.Supplier<List<String>> quietLines = () -> _find(ListItem.class).stream()
            .map(li -> li.getElement().getTextRecursively())
            .filter(t -> t.startsWith("Quiet "))
            .toList();
        assertThat(quietLines.get()).hasSize(5);
        var more = _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Show all 7 quiet lines"));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(more);
        assertThat(quietLines.get()).hasSize(7)
            .allMatch(t -> t.contains("Has logged nothing since their seat began" + " on Sun 15 Mar 2026."));
    }

    @Test
    void a_custom_period_that_ends_before_it_starts_says_so() {
        login(manager.email());
        navigate("overview/results", "team=" + team.id());
        @SuppressWarnings("unchecked")
        Select<ResultsPeriod.Kind> period = _get(Select.class, spec -> spec.withLabel("Period"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(period, ResultsPeriod.Kind.CUSTOM);
        var from = _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("First day"));
        var to = _get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withLabel("Last day (including)"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(from, LocalDate.of(2026, 12, 4));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(to, LocalDate.of(2026, 12, 1));
        assertThat(text(Paragraph.class))
            .contains("The last day (Tue 1 Dec 2026) is before the first (Fri 4 Dec 2026).");
    }

    @Test
    void members_may_not_open_the_manager_screens_nor_a_manager_another_team() {
        var otherTeam = testData.team("Elsewhere");
        var stranger = testData.manager("Olga Other", otherTeam.id(), java.util.Set.of(otherTeam.id()));
        login(stranger.email());
        navigate("overview/member/" + ada.id());
        assertThat(text(Paragraph.class))
            .contains("This person is not a seated member of a team you manage. Pick one" + " on Team overview.");
        navigate("overview");
        assertThat(names(overviewGrid())).containsExactly("Olga Other");

        login(ada.email());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate("overview"))
            .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }

    private static void navigate(String path, String query) {
        com.vaadin.flow.component.UI.getCurrent()
            .navigate(path, com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    private Grid<?> overviewGrid() {
        return _get(Grid.class, spec -> spec.withClasses("overview-grid"));
    }

    private static List<String> names(Grid<?> grid) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            names.add(GridKt._getFormattedRow(grid, i).getFirst());
        }
        return names;
    }

    private static List<String> row(Grid<?> grid, String name) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            var row = GridKt._getFormattedRow(grid, i);
            if (row.getFirst().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + name);
    }

    private static List<String> text(Class<? extends Component> type) {
        return _find(type).stream().map(c -> c.getElement().getTextRecursively()).toList();
    }

    private TierDetails tier(String name, int budget) {
        return testData.newTier(name, budget, 5, 20, SecondInMailRule.WAIT_FOR_REPLY);
    }

    private ProspectDetails prospect(TestData.Person owner, String first, String company) {
        return testData.prospect(owner, team.id(), first, "Example", company);
    }

    private void log(TestData.Person who, Instant when, ProspectDetails p, OutreachType type) {
        clock.set(when);
        testData.as(who, () -> outreach.log(LogRequest.now(p.id(), type, key())));
    }

}
