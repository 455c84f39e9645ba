package com.headroom.warmintro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.HeadroomTest;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.base.RuleViolation;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.prospect.PersonalDataService;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.prospect.ProspectService;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamSummary;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Warm paths on a small known network: ranking, sharing, re-imports, erasure, aliases and
 * intro requests.
 */
@HeadroomTest
class WarmIntroRulesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Saturday 28 November 2026, noon in Berlin. */
    static final Instant NOW = LocalDateTime.parse("2026-11-28T12:00").atZone(BERLIN).toInstant();
    static final String HEADER = ConnectionFiles.HEADER;

    @Autowired
    WarmIntroService warmIntros;

    @Autowired
    ConnectionImportService imports;

    @Autowired
    IntroService intros;

    @Autowired
    CompanyService companies;

    @Autowired
    ProspectService prospects;

    @Autowired
    OutreachService outreach;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    com.headroom.prospect.DoNotContactService doNotContact;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    String run;

    TeamSummary team;

    TestData.Person rep;

    TestData.Person sam;

    TestData.Person lee;

    TestData.Person nia;

    ProspectDetails paula;

    @BeforeEach
    void aTeamWithItsNetworks() {
        clock.set(NOW);
        run = UUID.randomUUID().toString().substring(0, 8);
        team = testData.team("Warm");
        rep = testData.member("Rita Rep", team.id());
        sam = testData.member("Sam Senior", team.id());
        lee = testData.member("Lee Long", team.id());
        nia = testData.member("Nia Private", team.id());
        paula = testData.as(rep, () -> prospects.add(team.id(),
                ProspectFixtures.draft("Paula", "Prospect", "ACME, Inc.", url("paula"))));
        importAs(sam,
                HEADER + "Paula,Prospect," + url("paula") + ",paula@" + run
                        + ".example,Acme Corporation,VP Sales,1 Nov 2020\n" + "Carl,Colleague," + url("carl") + ",carl@"
                        + run + ".example,Acme Corp.,Chief Financial Officer," + "15 Oct 2024\n");
        importAs(lee,
                HEADER + "Paula,Prospect," + url("paula") + "/,,Acme,Head of Sales,20 Nov 2025\n" + "Carl,Colleague,"
                        + url("carl") + ",,\"Acme, Inc.\",CFO,1 Nov 2016\n" + "Dora,Dev," + url("dora")
                        + ",,ACME LLC,Software Engineer,1 Nov 2023\n" + "Gus,Globex," + url("gus")
                        + ",,Globex,VP Sales,1 Nov 2020\n");
        importAs(nia, HEADER + "Paula,Prospect," + url("paula") + ",,Acme,Head of Sales,1 Nov 2010\n");
        testData.as(nia, () -> warmIntros.shareMyNetwork(false));
        // Lee owns Carl as a prospect and has exchanged two messages with him this
        // quarter.
        var carl = testData.as(lee,
                () -> prospects.add(team.id(), ProspectFixtures.draft("Carl", "Colleague", "Acme Corp", url("carl"))));
        for (var type : List.of(OutreachType.INVITATION_SENT, OutreachType.INVITATION_ACCEPTED,
                OutreachType.MESSAGE_SENT, OutreachType.MESSAGE_REPLIED)) {
            testData.as(lee, () -> outreach.log(LogRequest.now(carl.id(), type, UUID.randomUUID().toString())));
        }
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_paths_to_a_prospect_are_ranked_and_each_says_why() {
        var paths = testData.as(rep, () -> warmIntros.forProspect(paula.id()));

        assertThat(paths.direct()).extracting(WarmPath::introducerName, WarmPath::score, WarmPath::explanation)
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Sam Senior", 34, "Sam has known Paula for 6 years; no"
                            + " exchange between them is logged. Paula is a VP. Sam knows Paula directly: a direct"
                            + " path comes before introductions through colleagues."),
                    org.assertj.core.groups.Tuple.tuple("Lee Long", 15, "Lee has known Paula for 1 year; no"
                            + " exchange between them is logged. Paula is a director. Lee knows Paula directly: a"
                            + " direct path comes before introductions through colleagues."));
        // Lee: 10 years (30) + 2 exchanges (6) + today (20) + C-level (20); Sam: 2 years
        // (6) + C-level (20).
        assertThat(paths.colleagues()).extracting(WarmPath::introducerName, WarmPath::personName, WarmPath::score)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Lee Long", "Carl Colleague", 76),
                    org.assertj.core.groups.Tuple.tuple("Sam Senior", "Carl Colleague", 26),
                    org.assertj.core.groups.Tuple.tuple("Lee Long", "Dora Dev", 13));
        assertThat(paths.colleagues().getFirst().explanation()).isEqualTo("Lee has known Carl for 10 years and"
                + " exchanged 2 messages this quarter. Carl is C-level. It is listed above Sam's direct path because"
                + " it is more than 25 points stronger.");
        // One list: Lee → Carl is 42 points above Sam's direct path, which comes before
        // Sam → Carl (26) although
        // Lee's direct path (15) scores less.
        assertThat(paths.paths())
            .extracting(
                    p -> p.introducerName() + (p.direct() ? " directly " : " → " + p.personName() + " ") + p.score())
            .containsExactly("Lee Long → Carl Colleague 76", "Sam Senior directly 34", "Lee Long directly 15",
                    "Sam Senior → Carl Colleague 26", "Lee Long → Dora Dev 13");
        assertThat(paths.colleaguesFound()).isEqualTo(3);
        assertThat(paths.notSharing()).containsExactly("Nia Private");
        assertThat(paths.withoutImport()).isEmpty();
    }

    @Test
    void a_direct_path_comes_before_a_stronger_path_through_a_colleague_unless_that_is_more_than_25_points_stronger() {
        var tess = testData.member("Tess Direct", team.id());
        var uma = testData.member("Uma Far", team.id());
        var quinn = testData.as(rep,
                () -> prospects.add(team.id(), ProspectFixtures.draft("Quinn", "Prospect", "Initech", url("quinn"))));
        // 6 years (18) + C-level (20) = 38 directly; 10 years (30) + C-level (20) = 50
        // through Ivo.
        importAs(tess, HEADER + "Quinn,Prospect," + url("quinn") + ",,Initech,Chief Revenue Officer,1 Nov 2020\n");
        importAs(uma, HEADER + "Ivo,Colleague," + url("ivo") + ",,Initech GmbH,CEO,1 Nov 2016\n");

        var paths = testData.as(rep, () -> warmIntros.forProspect(quinn.id())).paths();
        assertThat(paths).extracting(WarmPath::introducerName, WarmPath::score, WarmPath::explanation)
            .containsExactly(org.assertj.core.groups.Tuple
                .tuple("Tess Direct", 38, "Tess has known Quinn for 6 years; no exchange"
                        + " between them is logged. Quinn is C-level. Tess knows Quinn directly: a direct path comes"
                        + " before introductions through colleagues."),
                    org.assertj.core.groups.Tuple.tuple("Uma Far", 50, "Uma has known Ivo for 10 years; no exchange"
                            + " between them is logged. Ivo is C-level."));

        // Uma says she and Ivo are close: 90 is more than 25 points above 38.
        long ivo = WarmIntroService.personId(com.headroom.base.LinkedInProfileUrl.parse(url("ivo")).key());
        testData.as(uma, () -> warmIntros.setStrength(ivo, StrengthOverride.CLOSE));
        assertThat(testData.as(rep, () -> warmIntros.forProspect(quinn.id())).paths())
            .extracting(WarmPath::introducerName, WarmPath::score, WarmPath::explanation)
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Uma Far", 90, "Uma has known Ivo for 10 years; no exchange"
                            + " between them is logged. Ivo is C-level. Uma says they're close. It is listed above"
                            + " Tess's direct path because it is more than 25 points stronger."),
                    org.assertj.core.groups.Tuple.tuple("Tess Direct", 38,
                            "Tess has known Quinn for 6 years; no"
                                    + " exchange between them is logged. Quinn is C-level. Tess knows Quinn directly: a"
                                    + " direct path comes before introductions through colleagues."));
        // Tess herself reads "You".
        assertThat(testData.as(tess, () -> warmIntros.forProspect(quinn.id())).direct())
            .extracting(WarmPath::explanation)
            .singleElement()
            .asString()
            .endsWith("You know Quinn directly: a direct path comes before" + " introductions through colleagues.");
    }

    @Test
    void a_member_who_knows_better_overrides_the_strength_of_their_own_connection_only() {
        long carl = WarmIntroService.personId(com.headroom.base.LinkedInProfileUrl.parse(url("carl")).key());
        testData.as(sam, () -> warmIntros.setStrength(carl, StrengthOverride.CLOSE));
        var paths = testData.as(rep, () -> warmIntros.forProspect(paula.id()));
        assertThat(paths.colleagues()).extracting(WarmPath::introducerName, WarmPath::score)
            .startsWith(org.assertj.core.groups.Tuple.tuple("Sam Senior", 90));
        assertThat(paths.colleagues().getFirst().explanation()).endsWith("Sam says they're close. It is listed above"
                + " Sam's direct path because it is more than 25 points stronger.");
        assertThatThrownBy(() -> testData.as(rep, () -> warmIntros.setStrength(carl, StrengthOverride.BARELY)))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("That person is not among your imported connections.");
        testData.as(sam, () -> warmIntros.setStrength(carl, null));
        assertThat(testData.as(rep, () -> warmIntros.forProspect(paula.id())).colleagues())
            .extracting(WarmPath::introducerName, WarmPath::score)
            .startsWith(org.assertj.core.groups.Tuple.tuple("Lee Long", 76));
    }

    @Test
    void a_manager_of_the_team_who_sits_in_another_brings_their_own_network_to_it() {
        var home = testData.team("Lead's own");
        var lead = testData.manager("Max Lead", home.id(), java.util.Set.of(home.id(), team.id()));
        importAs(lead, HEADER + "Otto,Exec," + url("otto") + ",,Acme Inc,CEO,1 Nov 2015\n");

        var paths = testData.as(lead, () -> warmIntros.forProspect(paula.id()));
        assertThat(paths.youImported()).isTrue();
        assertThat(paths.colleagues()).extracting(WarmPath::introducerName, WarmPath::personName)
            .contains(org.assertj.core.groups.Tuple.tuple("Max Lead", "Otto Exec"));
    }

    @Test
    void a_member_who_stops_sharing_disappears_from_paths_and_search_until_they_share_again() {
        assertThat(testData.as(rep, () -> warmIntros.search(team.id(), null, "Paula", null, 0, 50)))
            .extracting(WarmPath::introducerName)
            .containsExactlyInAnyOrder("Sam Senior", "Lee Long");
        testData.as(sam, () -> warmIntros.shareMyNetwork(false));
        assertThat(testData.as(rep, () -> warmIntros.forProspect(paula.id())).direct())
            .extracting(WarmPath::introducerName)
            .containsExactly("Lee Long");
        assertThat(testData.as(rep, () -> warmIntros.search(team.id(), "acme", null, "financial", 0, 50))).isEmpty();
        // Her own network still shows to herself, and counts as imported on her panel;
        // Rita has none yet.
        assertThat(testData.as(sam, () -> warmIntros.forProspect(paula.id())).youImported()).isTrue();
        assertThat(testData.as(rep, () -> warmIntros.forProspect(paula.id())).youImported()).isFalse();
        assertThat(testData.as(sam, () -> warmIntros.myConnections("", 0, 50))).hasSize(2);
        assertThatThrownBy(() -> testData.as(rep, () -> intros.request(paula.id(), sam.id(), null, "Please")))
            .isInstanceOf(RuleViolation.class)
            .hasMessageContaining("not connected to that person");

        testData.as(sam, () -> warmIntros.shareMyNetwork(true));
        assertThat(testData.as(rep, () -> warmIntros.search(team.id(), "ACME Corporation", null, "financial", 0, 50)))
            .extracting(WarmPath::introducerName, WarmPath::personName)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Sam Senior", "Carl Colleague"));
    }

    @Test
    void a_name_search_pages_through_people_in_name_order_with_everyone_who_knows_them() {
        importAs(rep,
                HEADER + "Anna,Zed," + url("anna") + ",,Initech,Account Executive,1 Nov 2021\n" + "Annika,Berg,"
                        + url("annika") + ",,Initech,VP Sales,1 Nov 2022\n" + "Ann,Berg," + url("ann")
                        + ",,Initech,Sales Director,1 Nov 2019\n" + "Andrew,Lind," + url("andrew")
                        + ",,Initech,Engineer,1 Nov 2018\n" + "Hanna,Ost," + url("hanna")
                        + ",,Initech,Sales Manager,1 Nov 2018\n");
        importAs(lee, HEADER + "Annika,Berg," + url("annika") + ",,Initech,VP Sales,1 Nov 2015\n");

        var all = testData.as(rep, () -> warmIntros.search(team.id(), null, "an", null, 0, 50));
        assertThat(all).extracting(p -> p.personName() + " / " + p.introducerName())
            .containsExactly("Ann Berg / Rita Rep", "Annika Berg / Rita Rep", "Annika Berg / Lee Long",
                    "Andrew Lind / Rita Rep", "Anna Zed / Rita Rep");
        // Pages of two, the way a lazy grid asks, add up to the same rows in the same
        // order.
        List<WarmPath> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            int from = offset;
            paged.addAll(testData.as(rep, () -> warmIntros.search(team.id(), null, "an", null, from, 2)));
        }
        assertThat(paged).isEqualTo(all);
        // Deep into the results the search reads connections and people in one go; same
        // answer.
        assertThat(testData.as(rep, () -> warmIntros.search(team.id(), null, "an", null, 0,
                ConnectionSearchStore.NAME_PAGE_PEOPLE_FIRST + 1)))
            .isEqualTo(all);
        assertThat(testData.as(rep, () -> warmIntros.search(team.id(), null, "ann berg", null, 0, 50)))
            .extracting(WarmPath::personName)
            .containsExactly("Ann Berg", "Annika Berg", "Annika Berg");
        assertThat(testData.as(rep, () -> warmIntros.search(team.id(), null, "an", "sales", 1, 50)))
            .extracting(p -> p.personName() + " / " + p.position())
            .containsExactly("Annika Berg / VP Sales", "Annika Berg / VP Sales");
    }

    @Test
    void a_company_search_finds_that_company_first_then_companies_whose_name_starts_with_its_words() {
        importAs(rep, HEADER + "Ann,Exact," + url("ann") + ",,Cyberdyne,CEO,1 Nov 2015\n" + "Ben,Exact," + url("ben")
                + ",,Cyberdyne Inc.,VP Sales,1 Nov 2018\n" + "Cy,Exact," + url("cy")
                + ",,CYBERDYNE,Engineer,1 Nov 2020\n" + "Dan,Robot," + url("dan")
                + ",,Cyberdyne Robotics Ltd,CFO,1 Nov 2019\n" + "Eve,Sys," + url("eve")
                + ",,Cyberdyne Systems,Director of Sales,1 Nov 2017\n" + "Fay,Sys," + url("fay")
                + ",,Cyberdyne Systems GmbH,Chief Technology Officer,1 Nov 2021\n" + "Gil,Labs," + url("gil")
                + ",,Cyberdynelabs,CEO,1 Nov 2015\n" + "Hal,Old," + url("hal") + ",,Old Cyberdyne,CEO,1 Nov 2015\n");

        // Cyberdyne itself, most senior first; then Cyberdyne Robotics and Cyberdyne
        // Systems. Whole words only.
        var all = testData.as(rep, () -> warmIntros.search(team.id(), "cyberdyne", null, null, 0, 50));
        assertThat(all).extracting(p -> p.personName() + " at " + p.company())
            .containsExactly("Ann Exact at Cyberdyne", "Ben Exact at Cyberdyne Inc.", "Cy Exact at CYBERDYNE",
                    "Dan Robot at Cyberdyne Robotics Ltd", "Fay Sys at Cyberdyne Systems GmbH",
                    "Eve Sys at Cyberdyne Systems");
        // Pages of two, the way a lazy grid asks, add up to the same rows, across the two
        // parts.
        List<WarmPath> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 8; offset += 2) {
            int from = offset;
            paged.addAll(testData.as(rep, () -> warmIntros.search(team.id(), "Cyberdyne", null, null, from, 2)));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(testData.as(rep, () -> warmIntros.search(team.id(), "Cyberdyne Systems Inc", null, null, 0, 50)))
            .extracting(WarmPath::personName)
            .containsExactly("Fay Sys", "Eve Sys");
        assertThat(testData.as(rep, () -> warmIntros.search(team.id(), "Cyber", null, null, 0, 50))).isEmpty();
        assertThat(testData.as(rep, () -> warmIntros.search(team.id(), "cyberdyne", null, "sales", 0, 50)))
            .extracting(WarmPath::personName)
            .containsExactly("Ben Exact", "Eve Sys");
        assertThat(testData.as(rep, () -> warmIntros.search(team.id(), "cyberdyne", "Dan", null, 0, 50)))
            .extracting(WarmPath::personName)
            .containsExactly("Dan Robot");
    }

    @Test
    void only_the_member_sees_their_connections_e_mail_addresses() {
        assertThat(testData.as(sam, () -> warmIntros.myConnections("Carl", 0, 10))).extracting(OwnConnection::email)
            .containsExactly("carl@" + run + ".example");
        // What teammates get carries no e-mail at all: WarmPath has no such field, and
        // nothing else holds it.
        assertThat(WarmPath.class.getRecordComponents()).extracting(c -> c.getName())
            .noneMatch(name -> name.toLowerCase().contains("mail"));
        // A company of punctuation alone names nobody, rather than everybody.
        assertThat(testData.as(rep, () -> warmIntros.search(team.id(), "-", null, null, 0, 50))).isEmpty();
        assertThat(testData.as(rep, () -> warmIntros.search(team.id(), "-", "Paula", null, 0, 50))).isNotEmpty();
        assertThat(testData.as(rep, () -> warmIntros.search(team.id(), " ", null, " ", 0, 50))).isEmpty();
        var seen = testData.as(rep, () -> warmIntros.search(team.id(), "Acme", null, null, 0, 50));
        assertThat(seen).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).doesNotContain("@" + run + ".example"));
    }

    @Test
    void a_newer_export_replaces_the_connections_and_reports_the_difference() {
        var summary = importAs(lee,
                HEADER + "Paula,Prospect," + url("paula") + ",,Acme,VP Sales,20 Nov 2025\n" + "Carl,Colleague,"
                        + url("carl") + ",,\"Acme, Inc.\",CFO,1 Nov 2016\n" + "Hana,New," + url("hana")
                        + ",,Initech,Analyst,1 Nov 2026\n" + "No,Address,,,Initech,Analyst,1 Nov 2026\n");
        assertThat(summary.firstImport()).isFalse();
        assertThat(summary)
            .extracting(ImportSummary::rowsRead, ImportSummary::kept, ImportSummary::added, ImportSummary::gone,
                    ImportSummary::changed, ImportSummary::rejected)
            .containsExactly(4, 3, 1, 2, 1, 1);
        var changes = testData.as(lee, () -> warmIntros.importChanges(summary.id(), 0, 10));
        assertThat(changes).extracting(c -> c.kind() + " " + c.name() + ": " + c.before() + " → " + c.after())
            .containsExactlyInAnyOrder("ADDED Hana New: null → Analyst at Initech",
                    "GONE Dora Dev: Software Engineer at ACME LLC → null", "GONE Gus Globex: VP Sales at Globex → null",
                    "CHANGED Paula Prospect: Head of Sales at Acme → VP Sales at Acme");
        assertThat(testData.as(lee, () -> warmIntros.importRejects(summary.id())))
            .extracting(ConnectionsCsv.Rejected::line, ConnectionsCsv.Rejected::reason)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(8, "No LinkedIn profile address"));
        assertThat(
                jdbc.queryForObject("SELECT COUNT(*) FROM wi_connection WHERE member_id = ?", Integer.class, lee.id()))
            .isEqualTo(3);
        // A teammate cannot read Lee's diff.
        assertThatThrownBy(() -> testData.as(rep, () -> warmIntros.importChanges(summary.id(), 0, 10)))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_file_that_is_not_a_connections_export_is_refused_and_nothing_changes() {
        assertThatThrownBy(() -> importAs(lee, "Name;Company\nJane;Acme\n")).isInstanceOf(RuleViolation.class)
            .hasMessageStartingWith("This is not LinkedIn's Connections.csv");
        // The right header with nothing usable under it would mark all of Lee's
        // connections gone.
        assertThatThrownBy(() -> importAs(lee, HEADER)).isInstanceOf(RuleViolation.class)
            .hasMessage(
                    "The file has the header row but no connections. Upload Connections.csv as LinkedIn sent it; your"
                            + " connections were left as they were.");
        assertThatThrownBy(() -> importAs(lee,
                HEADER + "Carl,Colleague,,,Acme,CFO,1 Nov 2016\n"
                        + "Dora,Dev,https://example.com/dora,,Acme,Engineer,1 Nov 2023\n"))
            .isInstanceOf(RuleViolation.class)
            .hasMessageStartingWith("None of the 2 rows can be used (line 5: No LinkedIn profile address).");
        assertThat(
                jdbc.queryForObject("SELECT COUNT(*) FROM wi_connection WHERE member_id = ?", Integer.class, lee.id()))
            .isEqualTo(4);
        assertThat(testData.as(lee, () -> warmIntros.myNetwork()).imports()).hasSize(1);
    }

    @Test
    void a_persons_export_lists_every_members_connection_with_them_and_erasure_removes_them() {
        // Besides Lee's prospect record, the export says who has Carl among their
        // connections.
        assertThat(exportCsv(url("carl")).lines().filter(l -> l.startsWith("\"\",\"Teammates' LinkedIn connections")))
            .contains("\"\",\"Teammates' LinkedIn connections 1\",\"connectionOf\",\"Lee Long\"",
                    "\"\",\"Teammates' LinkedIn connections 1\",\"company\",\"Acme, Inc.\"",
                    "\"\",\"Teammates' LinkedIn connections 2\",\"connectionOf\",\"Sam Senior\"",
                    "\"\",\"Teammates' LinkedIn connections 2\",\"email\",\"carl@" + run + ".example\"",
                    "\"\",\"Teammates' LinkedIn connections 2\",\"connectedOn\",\"2024-10-15\"");
        var json = new java.io.StringWriter();
        SystemAuthentication.runAsSystem(() -> {
            try {
                personalData.exportJson("CARL@" + run + ".example", json);
            }
            catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(json.toString()).contains("\"kind\" : \"Teammates' LinkedIn connections\"")
            .contains("\"connectionOf\" : \"Sam Senior\"")
            .contains("\"connectionOf\" : \"Lee Long\"");

        SystemAuthentication.runAsSystem(() -> personalData.erase(url("carl")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wi_connection c JOIN wi_person p ON p.id = c.person_id"
                + " WHERE p.profile_url = ?", Integer.class, url("carl")))
            .isZero();
        assertThat(
                jdbc.queryForObject("SELECT COUNT(*) FROM wi_person WHERE profile_url = ?", Integer.class, url("carl")))
            .isZero();
        assertThat(testData.as(rep, () -> warmIntros.forProspect(paula.id())).colleagues())
            .extracting(WarmPath::personName)
            .containsExactly("Dora Dev");
        // And a later import leaves them out: by address, and by the e-mail Sam's
        // connection held.
        var again = importAs(sam,
                HEADER + "Carl,Colleague," + url("carl") + ",,Acme,CFO,15 Oct 2024\n" + "Carl,Colleague,"
                        + url("carl-new") + ",carl@" + run + ".example,Acme,CFO,15 Oct 2024\n" + "Paula,Prospect,"
                        + url("paula") + ",,Acme,VP Sales,1 Nov 2020\n");
        assertThat(again.kept()).isEqualTo(1);
        assertThat(testData.as(sam, () -> warmIntros.importRejects(again.id())))
            .extracting(ConnectionsCsv.Rejected::reason)
            .containsExactly("This person asked to be erased from Headroom and is left out.",
                    "This person asked to be erased from Headroom and is left out.");
        assertThat(exportCsv(url("carl"))).doesNotContain("Teammates' LinkedIn connections");
    }

    @Test
    void erasing_by_e_mail_finds_the_person_through_a_connection_and_keeps_them_out_for_good() {
        // Lee's newer file names Carl twice and once more under a broken address with his
        // e-mail.
        var leeImport = importAs(lee,
                HEADER + "Carl,Colleague," + url("carl") + ",,Acme,CFO,1 Nov 2016\n" + "Carl,Colleague," + url("carl")
                        + ",,Acme,CFO,1 Nov 2016\n" + "Carl,C.,https://example.com/carl,carl@" + run
                        + ".example,Acme,CFO,1 Nov 2016\n" + "Ann,Carlsson," + url("carl")
                        + "sson,,Acme,Engineer,1 Nov 2016\n" + "Ann,Carlsson," + url("carl")
                        + "sson,,Acme,Engineer,1 Nov 2016\n" + "Dora,Dev," + url("dora")
                        + ",,ACME LLC,Software Engineer,1 Nov 2023\n");
        assertThat(testData.as(lee, () -> warmIntros.importRejects(leeImport.id()))).hasSize(3);
        assertThat(testData.as(lee, () -> warmIntros.myNetwork()).connections()).isEqualTo(3);

        // Only Sam's connection holds the e-mail; it leads to Carl's address, his
        // prospect record and Lee's rows.
        var erasure = SystemAuthentication.callAsSystem(() -> personalData.erase("Carl@" + run + ".example"));
        assertThat(erasure.records()).isEqualTo(1);
        assertThat(erasure.alsoDeleted()).containsEntry("Teammates' LinkedIn connections", 2)
            .containsEntry("Rows left out of teammates' imports", 2);
        assertThat(
                jdbc.queryForObject("SELECT COUNT(*) FROM wi_person WHERE profile_url = ?", Integer.class, url("carl")))
            .isZero();
        // Ann Carlsson's duplicate row stays: her address only starts like Carl's.
        assertThat(testData.as(lee, () -> warmIntros.importRejects(leeImport.id())))
            .extracting(ConnectionsCsv.Rejected::raw)
            .singleElement()
            .asString()
            .startsWith("Ann,Carlsson,");
        assertThat(testData.as(lee, () -> warmIntros.myNetwork()).connections()).isEqualTo(2);
        assertThat(testData.as(lee, () -> warmIntros.myConnections("", 0, 10))).extracting(OwnConnection::name)
            .containsExactlyInAnyOrder("Ann Carlsson", "Dora Dev");

        // Neither his address nor his e-mail under a new address gets him back in.
        var again = importAs(sam,
                HEADER + "Carl,Colleague," + url("carl") + ",,Acme,CFO,15 Oct 2024\n" + "Carl,Colleague,"
                        + url("carl-new") + ",CARL@" + run + ".example,Acme,CFO,15 Oct 2024\n" + "Paula,Prospect,"
                        + url("paula") + ",,Acme,VP Sales,1 Nov 2020\n");
        assertThat(again.kept()).isEqualTo(1);
        assertThat(testData.as(sam, () -> warmIntros.importRejects(again.id())))
            .extracting(ConnectionsCsv.Rejected::reason)
            .containsOnly("This person asked to be erased from Headroom and is left out.")
            .hasSize(2);
        assertThat(exportCsv("carl@" + run + ".example")).doesNotContain("Teammates' LinkedIn connections");
    }

    @Test
    void an_admins_alias_joins_two_names_and_a_split_takes_a_spelling_out() {
        var pg = testData.as(rep, () -> prospects.add(team.id(),
                ProspectFixtures.draft("Petra", "Gamble", "Procter & Gamble", url("petra"))));
        importAs(sam, HEADER + "Otto,Pg," + url("otto") + ",,P&G,Brand Manager,1 Nov 2022\n");
        assertThat(testData.as(rep, () -> warmIntros.forProspect(pg.id())).colleagues()).isEmpty();

        SystemAuthentication.runAsSystem(() -> companies.addAlias("P&G", "Procter & Gamble"));
        assertThat(testData.as(rep, () -> warmIntros.forProspect(pg.id())).colleagues())
            .extracting(WarmPath::personName)
            .containsExactly("Otto Pg");

        SystemAuthentication.runAsSystem(() -> companies.split("ACME LLC"));
        assertThat(testData.as(rep, () -> warmIntros.forProspect(paula.id())).colleagues())
            .extracting(WarmPath::personName)
            .doesNotContain("Dora Dev");
        SystemAuthentication.runAsSystem(() -> companies.removeSplit("ACME LLC"));
        assertThat(testData.as(rep, () -> warmIntros.forProspect(paula.id())).colleagues())
            .extracting(WarmPath::personName)
            .contains("Dora Dev");
        assertThatThrownBy(() -> testData.as(rep, () -> companies.addAlias("X", "Y")))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_intro_is_asked_answered_and_its_outcome_counted_per_introducer_and_path() {
        var asked = testData.as(rep, () -> intros.request(paula.id(), sam.id(), null, "Could you introduce me?"));
        assertThat(asked.status()).isEqualTo(IntroRequest.Status.ASKED);
        assertThat(testData.as(sam, () -> intros.toMe()))
            .extracting(IntroRequest::prospectName, IntroRequest::requesterName)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Paula Prospect", "Rita Rep"));
        assertThatThrownBy(() -> testData.as(rep, () -> intros.request(paula.id(), sam.id(), null, "Again")))
            .isInstanceOf(RuleViolation.class)
            .hasMessageStartingWith("You already asked Sam Senior");
        assertThatThrownBy(() -> testData.as(rep, () -> intros.answer(asked.id(), true, "")))
            .isInstanceOf(AccessDeniedException.class);

        testData.as(sam, () -> intros.answer(asked.id(), true, "Happy to."));
        testData.as(rep, () -> intros.recordOutcome(asked.id(), IntroRequest.Outcome.CONNECTED));
        long carlId = WarmIntroService.personId(com.headroom.base.LinkedInProfileUrl.parse(url("carl")).key());
        var viaCarl = testData.as(rep, () -> intros.request(paula.id(), lee.id(), carlId, "Through Carl?"));
        testData.as(lee, () -> intros.answer(viaCarl.id(), false, "Carl left Acme."));
        // Another teammate by the same name is counted on their own.
        var otherSam = testData.member("Sam Senior", team.id());
        importAs(otherSam, HEADER + "Paula,Prospect," + url("paula") + ",,Acme,VP Sales,1 Nov 2022\n");
        testData.as(rep, () -> intros.request(paula.id(), otherSam.id(), null, "And you?"));

        assertThat(testData.as(rep, () -> intros.stats(team.id()))).containsExactly(
                new IntroducerStats("Lee Long", "Through a colleague", 1, 0, 1, 0, 0, 0),
                new IntroducerStats("Sam Senior", "Direct", 1, 1, 0, 0, 1, 0),
                new IntroducerStats("Sam Senior", "Direct", 1, 0, 0, 0, 0, 0));
        assertThat(testData.as(rep, () -> intros.byMe())).extracting(r -> r.viaName() + " / " + r.answer())
            .containsExactly("null / null", "Carl Colleague / Carl left Acme.", "null / Happy to.");
        // The whole team reads Paula's warm paths: which paths were asked along, never
        // the notes or answers.
        var onThePanel = testData.as(otherSam, () -> intros.aboutProspect(paula.id()));
        assertThat(onThePanel).hasSize(3)
            .extracting(IntroService.PathAsked::introducerId)
            .containsExactlyInAnyOrder(sam.id(), lee.id(), otherSam.id());
        assertThat(onThePanel.toString()).doesNotContain("Could you introduce me?", "Happy to.", "Through Carl?",
                "Carl left Acme.");

        // Once Paula is on the do-not-contact list, nobody is asked to introduce her.
        testData.as(rep, () -> doNotContact.add(team.id(), com.headroom.prospect.DoNotContactKind.PERSON, url("paula"),
                "Asked us to stop"));
        assertThatThrownBy(() -> testData.as(rep, () -> intros.request(paula.id(), lee.id(), null, "Still?")))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("Paula Prospect is on the do-not-contact list: no introduction is asked for.");
    }

    // ---- Helpers. ----

    private String exportCsv(String profileOrEmail) {
        var csv = new java.io.StringWriter();
        SystemAuthentication.runAsSystem(() -> {
            try {
                personalData.exportCsv(profileOrEmail, csv);
            }
            catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return csv.toString();
    }

    private String url(String who) {
        return "https://www.linkedin.com/in/" + who + "-" + run;
    }

    private ImportSummary importAs(TestData.Person person, String file) {
        return testData.as(person,
                () -> imports.importConnections("Connections.csv", file.getBytes(StandardCharsets.UTF_8), done -> {
                }));
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

}
