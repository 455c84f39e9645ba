package com.headroom.warmintro.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.DemoAccounts;
import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.headroom.SignedInAs;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.prospect.ProspectService;
import com.headroom.team.TeamSummary;
import com.headroom.warmintro.CompanyAlias;
import com.headroom.warmintro.ConnectionFiles;
import com.headroom.warmintro.ConnectionImportService;
import com.headroom.warmintro.ImportChange;
import com.headroom.warmintro.IntroRequest;
import com.headroom.warmintro.IntroducerStats;
import com.headroom.warmintro.OwnConnection;
import com.headroom.warmintro.SuggestedAlias;
import com.headroom.warmintro.WarmIntroService;
import com.headroom.warmintro.WarmPath;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Warm paths, "My network", "Who knows whom", intro requests and company names, as people
 * use them.
 */
class WarmIntroViewsTest extends KaribuTest {

    @Autowired
    com.headroom.base.TimeZones timeZones;

    @Autowired
    com.headroom.security.CurrentUser currentUser;

    static final Instant NOW = LocalDateTime.parse("2026-11-28T12:00").atZone(ZoneId.of("Europe/Berlin")).toInstant();
    static final String HEADER = ConnectionFiles.HEADER;

    @Autowired
    ConnectionImportService imports;

    @Autowired
    WarmIntroService warmIntros;

    @Autowired
    ProspectService prospects;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    UserDetailsService users;

    @Autowired
    com.headroom.prospect.DoNotContactService doNotContact;

    String run;

    TeamSummary team;

    TestData.Person rep;

    TestData.Person sam;

    ProspectDetails paula;

    @BeforeEach
    void aRepAndATeammateWhoKnowsTheirProspect() {
        clock.set(NOW);
        run = UUID.randomUUID().toString().substring(0, 8);
        team = testData.team("Warm UI");
        rep = testData.member("Rita Rep", team.id());
        sam = testData.member("Sam Senior", team.id());
        paula = SignedInAs.call(users, rep.email(), () -> prospects.add(team.id(),
                ProspectFixtures.draft("Paula", "Prospect", "ACME, Inc.", url("paula"))));
    }

    @AfterEach
    void realTime() {
        clock.reset();
        closeDialogs();
    }

    @Test
    void a_rep_sees_who_can_introduce_them_asks_and_the_teammate_accepts() {
        SignedInAs.run(users, sam.email(), () -> imports.importConnections("Connections.csv", samsFile(), p -> {
        }));
        login(rep.email());
        UI.getCurrent().navigate("prospects", QueryParameters.of("open", Long.toString(paula.id())));

        assertThat(texts("path-title")).containsExactly("Sam Senior knows Paula Prospect directly",
                "Sam Senior → Carl Colleague, Chief Financial Officer (C-level)");
        assertThat(texts("path-why")).containsExactly(
                "Sam has known Paula for 6 years; no exchange between them is logged. Paula is a VP. Sam knows Paula"
                        + " directly: a direct path comes before introductions through colleagues.",
                "Sam has known Carl for 2 years; no exchange between them is logged. Carl is C-level.");
        assertThat(texts("strength")).containsExactly("34", "26");
        // Rita has not imported her own connections: the panel says so and where to do
        // it.
        assertThat(
                _get(Anchor.class,
                        spec -> spec.withText("You haven't imported your LinkedIn connections yet:"
                                + " import them so your team can find paths through you"))
                    .getHref())
            .isEqualTo("network");

        // Both paths go through Sam; once he is asked, neither offers to ask him again.
        assertThat(_find(Button.class, spec -> spec.withText("Request intro"))).hasSize(2);
        _click(_find(Button.class, spec -> spec.withText("Request intro")).getFirst());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Note to Sam Senior")), "We meet Acme next week.");
        _click(_get(Button.class, spec -> spec.withText("Send request")));
        assertThat(notificationTexts()).contains("Asked Sam Senior. They see it under \"Intro requests\".");
        assertThat(texts("path-asked")).containsExactly("Asked · Waiting for an answer");
        assertThat(_find(Button.class, spec -> spec.withText("Request intro"))).isEmpty();

        closeDialogs();
        login(sam.email());
        navigate("");
        assertThat(notices()).containsExactly("1 teammate waits for you to answer an intro request. Answer now");
        assertThat(_get(Anchor.class, spec -> spec.withText("Answer now")).getHref()).isEqualTo("intros");
        navigate("intros");
        assertThat(texts("intro-title"))
            .containsExactly("Rita Rep asks you to introduce them to Paula Prospect," + " whom you know.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("A word back (optional)")), "Happy to.");
        _click(_get(Button.class, spec -> spec.withText("Accept")));
        assertThat(notificationTexts()).contains("Accepted. Introduce them on LinkedIn, then record how it went.");
        navigate("");
        assertThat(notices()).isEmpty();
        navigate("intros");
        @SuppressWarnings("unchecked")
        Select<IntroRequest.Outcome> outcome = _get(Select.class, spec -> spec.withLabel("How did it end?"));
        _setValue(outcome, IntroRequest.Outcome.INTRODUCED);
        assertThat(notificationTexts()).contains("Recorded: Introduced.");
        @SuppressWarnings("unchecked")
        Grid<IntroducerStats> stats = _get(Grid.class);
        assertThat(Grids.items(stats)).containsExactly(new IntroducerStats("Sam Senior", "Direct", 1, 1, 0, 1, 0, 0));
    }

    @Test
    void a_direct_path_is_shown_above_a_stronger_path_through_a_colleague_and_says_why() {
        var lee = testData.member("Lee Long", team.id());
        // Sam knows Paula, a CRO, for 6 years (18 + 20 = 38); Lee knows her CFO Carl for
        // 10 years (30 + 20 = 50).
        SignedInAs.run(users, sam.email(), () -> imports.importConnections("Connections.csv",
                (HEADER + "Paula,Prospect," + url("paula") + ",,Acme Corporation,Chief Revenue Officer,1 Nov 2020\n")
                    .getBytes(StandardCharsets.UTF_8),
                p -> {
                }));
        SignedInAs.run(users, lee.email(),
                () -> imports.importConnections("Connections.csv",
                        (HEADER + "Carl,Colleague," + url("carl") + ",,ACME Inc.,CFO,1 Nov 2016\n")
                            .getBytes(StandardCharsets.UTF_8),
                        p -> {
                        }));
        login(rep.email());
        UI.getCurrent().navigate("prospects", QueryParameters.of("open", Long.toString(paula.id())));

        assertThat(texts("strength")).containsExactly("38", "50");
        assertThat(texts("path-title")).containsExactly("Sam Senior knows Paula Prospect directly",
                "Lee Long → Carl Colleague, CFO (C-level)");
        assertThat(texts("path-why")).containsExactly("Sam has known Paula for 6 years; no exchange between them is"
                + " logged. Paula is C-level. Sam knows Paula directly: a direct path comes before introductions"
                + " through colleagues.",
                "Lee has known Carl for 10 years; no exchange between them is logged. Carl" + " is C-level.");
    }

    @Test
    void a_prospect_on_the_do_not_contact_list_shows_the_paths_but_offers_no_introduction() {
        SignedInAs.run(users, sam.email(), () -> imports.importConnections("Connections.csv", samsFile(), p -> {
        }));
        SignedInAs.run(users, rep.email(), () -> doNotContact.add(team.id(),
                com.headroom.prospect.DoNotContactKind.PERSON, url("paula"), "Asked us to stop"));
        login(rep.email());
        UI.getCurrent().navigate("prospects", QueryParameters.of("open", Long.toString(paula.id())));

        assertThat(texts("path-title")).contains("Sam Senior knows Paula Prospect directly");
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec
            .withText("This person is on the" + " do-not-contact list, so no introduction can be asked for."));
        assertThat(_find(Button.class, spec -> spec.withText("Request intro"))).isEmpty();
    }

    @Test
    void my_network_imports_shows_the_diff_and_only_the_member_sees_e_mail_addresses() {
        login(sam.email());
        navigate("network");
        _get(MyNetworkView.class).received("Connections.csv", samsFile());
        assertThat(notificationTexts()).contains("2 connections imported.");
        assertThat(Grids.items(myConnections())).extracting(OwnConnection::name, OwnConnection::email)
            .containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("Paula Prospect", "paula@" + run + ".example"),
                    org.assertj.core.groups.Tuple.tuple("Carl Colleague", "carl@" + run + ".example"));

        _get(MyNetworkView.class).received("Connections (1).csv",
                (HEADER + "Paula,Prospect," + url("paula") + ",paula@" + run
                        + ".example,Acme Corporation,CRO,1 Nov 2020\n" + "Dan,New," + url("dan")
                        + ",,Globex,Analyst,1 Nov 2026\n")
                    .getBytes(StandardCharsets.UTF_8));
        assertThat(notificationTexts()).contains("2 connections: 1 added, 1 gone, 1 changed company or position.");
        @SuppressWarnings("unchecked")
        Grid<ImportChange> changes = _get(Grid.class, spec -> spec.withClasses("import-changes"));
        assertThat(Grids.items(changes)).extracting(c -> c.kind().label() + " " + c.name())
            .containsExactly("Added Dan New", "Changed Paula Prospect", "Gone Carl Colleague");

        // Teammates find Sam's connections, without their e-mail addresses; then Sam
        // stops sharing.
        login(rep.email());
        navigate("network/search");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Company")), "acme");
        @SuppressWarnings("unchecked")
        Grid<WarmPath> found = _get(Grid.class, spec -> spec.withClasses("who-knows-whom"));
        assertThat(Grids.row(found, p -> true)).containsExactly("Paula Prospect", "CRO", "Acme Corporation", "C-level",
                "Sam Senior", "Span[text='38', @class='strength medium']");
        assertThat(Grids.items(found)).allSatisfy(p -> assertThat(p.toString()).doesNotContain("@"));

        login(sam.email());
        navigate("network");
        _setValue(_get(Checkbox.class), false);
        assertThat(notificationTexts()).contains("Your teammates no longer see your network.");
        login(rep.email());
        navigate("");
        navigate("network/search");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Company")), "acme");
        @SuppressWarnings("unchecked")
        Grid<WarmPath> none = _get(Grid.class, spec -> spec.withClasses("who-knows-whom"));
        assertThat(Grids.items(none)).isEmpty();
        assertThat(none.getEmptyStateText())
            .startsWith("Nobody in your team who shares their network knows anyone" + " like that.");
    }

    @Test
    void who_knows_whom_finds_a_company_by_the_first_words_of_its_name_the_company_itself_first() {
        SignedInAs.run(users, sam.email(),
                () -> imports.importConnections("Connections.csv",
                        (HEADER + "Tess,Systems," + url("tess") + ",,Cyberdyne Systems,CEO,1 Nov 2015\n" + "Ugo,Plain,"
                                + url("ugo") + ",,Cyberdyne,Engineer,1 Nov 2020\n" + "Val,Labs," + url("val")
                                + ",,Cyberdynelabs,CEO,1 Nov 2015\n")
                            .getBytes(StandardCharsets.UTF_8),
                        p -> {
                        }));
        login(rep.email());
        navigate("network/search");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Company")), "Cyberdyne");
        @SuppressWarnings("unchecked")
        Grid<WarmPath> found = _get(Grid.class, spec -> spec.withClasses("who-knows-whom"));
        assertThat(Grids.items(found)).extracting(p -> p.personName() + " at " + p.company())
            .containsExactly("Ugo Plain at Cyberdyne", "Tess Systems at Cyberdyne Systems");
    }

    @Test
    void a_background_connections_import_that_fails_says_so_and_logs_one_warning_with_the_cause_account_and_file()
            throws Exception {
        var failing = org.mockito.Mockito.mock(ConnectionImportService.class);
        org.mockito.Mockito
            .when(failing.importConnections(org.mockito.ArgumentMatchers.anyString(),
                    org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
            .thenThrow(new IllegalStateException("the connection store is not answering"));
        login(sam.email());
        navigate("network");
        var view = new MyNetworkView(warmIntros, failing, new org.springframework.core.task.SimpleAsyncTaskExecutor(),
                timeZones, currentUser);
        UI.getCurrent().add(view);
        var logged = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        logged.start();
        var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
            .getLogger(com.headroom.base.ui.BackgroundWork.class);
        logger.addAppender(logged);
        String secret = "Secret,Person," + url("secret") + ",,Acme,CEO,1 Nov 2020\n";
        try {
            view.received("Connections (2).csv",
                    (HEADER + secret.repeat(MyNetworkView.IN_BACKGROUND_FROM_BYTES / secret.length() + 1))
                        .getBytes(StandardCharsets.UTF_8));
            long deadline = System.currentTimeMillis() + 30_000;
            while (!notificationTexts()
                .contains("The import stopped with an error; your connections are as they" + " were. Try again.")
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
                com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
            }
        }
        finally {
            logger.detachAppender(logged);
        }

        assertThat(notificationTexts())
            .contains("The import stopped with an error; your connections are as they were." + " Try again.");
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
            assertThat(event.getFormattedMessage()).isEqualTo("Connections import failed (account " + sam.id()
                    + ", file \"Connections (2).csv\"): java.lang.IllegalStateException: the connection store is not"
                    + " answering");
        });
    }

    @Test
    void an_admin_says_two_names_are_one_company() {
        login(DemoAccounts.ADMIN);
        navigate("companies");
        String alias = "Pea Gee " + run;
        _setValue(_get(TextField.class, spec -> spec.withLabel("Other name")), alias);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Same company as")), "Procter & Gamble " + run);
        _click(_get(Button.class, spec -> spec.withText("Add")));
        assertThat(notificationTexts()).contains("\"" + alias + "\" now meets \"Procter & Gamble " + run + "\".");
        @SuppressWarnings("unchecked")
        Grid<CompanyAlias> aliases = _find(Grid.class).stream()
            .filter(g -> Grids.items(g).stream().anyMatch(i -> i instanceof CompanyAlias))
            .findFirst()
            .orElseThrow();
        assertThat(Grids.items(aliases)).extracting(CompanyAlias::alias).contains(alias);
    }

    @Test
    void an_admin_accepts_a_suggested_alias_of_initials_and_the_pair_is_no_longer_suggested() {
        // Three consonants of this run, the initials of a company of three words.
        String letters = "BCDFGHJKLMNPQRSTVWXZ";
        var random = new java.util.Random(run.hashCode());
        var chosen = new StringBuilder();
        while (chosen.length() < 3) {
            char c = letters.charAt(random.nextInt(letters.length()));
            if (chosen.indexOf(String.valueOf(c)) < 0) {
                chosen.append(c);
            }
        }
        String initials = chosen.toString();
        String company = initials.chars()
            .mapToObj(c -> (char) c + "ardin")
            .collect(java.util.stream.Collectors.joining(" ")) + " GmbH";
        SignedInAs.run(users, sam.email(),
                () -> imports.importConnections("Connections.csv",
                        (HEADER + "Ada,One," + url("ada") + ",,\"" + initials + "\",CFO,1 Nov 2020\n" + "Bo,Two,"
                                + url("bo") + ",,\"" + initials + "\",Engineer,1 Nov 2021\n" + "Cai,Three," + url("cai")
                                + ",,\"" + company + "\",CEO,1 Nov 2015\n" + "Dev,Four," + url("dev") + ",,\"" + company
                                + "\",Analyst,1 Nov 2019\n" + "Eli,Five," + url("eli") + ",,\"" + company
                                + "\",VP Sales,1 Nov 2018\n")
                            .getBytes(StandardCharsets.UTF_8),
                        p -> {
                        }));
        SignedInAs.run(users, rep.email(),
                () -> prospects.add(team.id(), ProspectFixtures.draft("Fay", "Six", initials, url("fay"))));
        login(DemoAccounts.ADMIN);
        navigate("companies");

        // Two connections and a prospect under the initials, three connections under the
        // name.
        assertThat(Grids.row(suggestedGrid(), g -> g.alias().equals(initials))).containsExactly(initials, company,
                "3 and 3", "Button[text='Accept']");
        _click((Button) Grids.cell(suggestedGrid(), g -> g.alias().equals(initials), "accept"));
        assertThat(notificationTexts()).contains("\"" + initials + "\" now meets \"" + company + "\".");

        assertThat(suggested()).extracting(SuggestedAlias::alias).doesNotContain(initials);
        @SuppressWarnings("unchecked")
        Grid<CompanyAlias> aliases = _find(Grid.class).stream()
            .filter(g -> Grids.items(g).stream().anyMatch(i -> i instanceof CompanyAlias))
            .findFirst()
            .orElseThrow();
        assertThat(Grids.items(aliases)).extracting(CompanyAlias::alias, CompanyAlias::company)
            .contains(org.assertj.core.groups.Tuple.tuple(initials, company));
        // The connections were re-keyed: both spellings now meet under the company.
        _setValue(_get(TextField.class, spec -> spec.withLabel("Which spellings meet under")), company);
        @SuppressWarnings("unchecked")
        Grid<com.headroom.warmintro.CompanySpelling> spellings = _find(Grid.class).stream()
            .filter(g -> Grids.items(g).stream().anyMatch(i -> i instanceof com.headroom.warmintro.CompanySpelling))
            .findFirst()
            .orElseThrow();
        assertThat(Grids.items(spellings)).extracting(s -> s.name() + " " + s.connections())
            .containsExactly(company + " 3", initials + " 2");
    }

    @Test
    void an_admin_finds_and_erases_someone_who_is_only_among_a_teammates_connections() {
        SignedInAs.run(users, sam.email(), () -> imports.importConnections("Connections.csv", samsFile(), p -> {
        }));
        login(DemoAccounts.ADMIN);
        navigate("personal-data");
        _setValue(_get(TextField.class, spec -> spec.withLabel("LinkedIn profile or e-mail of the person")),
                "carl@" + run.toUpperCase() + ".example");
        _click(_find(Button.class, spec -> spec.withText("Find")).getFirst());
        _get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("No prospect record. Also held:" + " Teammates' LinkedIn connections: 1."));

        _click(_get(Button.class, spec -> spec.withText("Erase this person")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt
            ._fireConfirm(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText(
                "Erased Teammates' LinkedIn" + " connections: 1. Headroom will refuse to store this person again."));
        assertThat(SignedInAs.call(users, sam.email(), () -> warmIntros.myConnections("", 0, 10)))
            .extracting(OwnConnection::name)
            .containsExactly("Paula Prospect");
    }

    // ---- Helpers. ----

    private byte[] samsFile() {
        return (HEADER + "Paula,Prospect," + url("paula") + ",paula@" + run
                + ".example,Acme Corporation,VP Sales,1 Nov 2020\n" + "Carl,Colleague," + url("carl") + ",carl@" + run
                + ".example,Acme Corp.,Chief Financial Officer," + "15 Oct 2024\n")
            .getBytes(StandardCharsets.UTF_8);
    }

    private String url(String who) {
        return "https://www.linkedin.com/in/" + who + "-" + run;
    }

    @SuppressWarnings("unchecked")
    private static Grid<SuggestedAlias> suggestedGrid() {
        return _get(Grid.class, spec -> spec.withClasses("suggested-aliases"));
    }

    private static List<SuggestedAlias> suggested() {
        return Grids.items(suggestedGrid());
    }

    @SuppressWarnings("unchecked")
    private static Grid<OwnConnection> myConnections() {
        return _get(Grid.class, spec -> spec.withClasses("my-connections"));
    }

    private static List<String> notices() {
        return _find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("notice")).stream()
            .map(p -> p.getElement().getTextRecursively())
            .toList();
    }

    private static List<String> texts(String className) {
        return _find(Span.class, spec -> spec.withClasses(className)).stream().map(HasText::getText).toList();
    }

    private static void closeDialogs() {
        _find(Dialog.class).forEach(Dialog::close);
    }

}
