package com.headroom.email.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.KaribuTest;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.base.RuleViolation;
import com.headroom.dashboard.ResultsPeriod;
import com.headroom.security.SystemAuthentication;
import com.headroom.email.AddressSuggestions;
import com.headroom.email.EmailExportService;
import com.headroom.email.EmailTool;
import com.headroom.email.MailDomainAnswer;
import com.headroom.email.TestMailDomains;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.prospect.DoNotContactKind;
import com.headroom.prospect.DoNotContactService;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectFilter;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.security.Role;
import com.headroom.team.TeamSummary;
import com.headroom.warmintro.ConnectionFiles;
import com.headroom.warmintro.ConnectionImportService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

/**
 * The second channel as a rep uses it: an invitation goes unanswered, Headroom suggests a
 * checked address with its evidence, the rep hands the list to an e-mail tool and reads
 * the tool's activity back.
 */
class EmailChannelTest extends KaribuTest {

    /** Wednesday 25 November 2026, 10:00 in Berlin. */
    static final Instant WED = LocalDateTime.parse("2026-11-25T10:00").atZone(ZoneId.of("Europe/Berlin")).toInstant();

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    TestMailDomains mailDomains;

    @Autowired
    ProspectService prospects;

    @Autowired
    OutreachService outreach;

    @Autowired
    AddressSuggestions suggestions;

    @Autowired
    EmailExportService exports;

    @Autowired
    ConnectionImportService connectionImports;

    @Autowired
    DoNotContactService doNotContact;

    @Autowired
    com.headroom.email.CompanyDomains companyDomains;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    TeamSummary team;

    TestData.Person rep;

    TestData.Person teammate;

    TestData.Person manager;

    @Autowired
    com.headroom.dashboard.ResultsService results;

    @Autowired
    com.headroom.base.AuditLog auditLog;

    String domain;

    @BeforeEach
    void aTeamThatHoldsAddressesAtOneCompany() {
        clock.set(WED);
        team = testData.team("E-mail UI");
        rep = testData.person("Rita Rep", Role.MEMBER, team.id(), "Premium Business");
        teammate = testData.person("Tom Teammate", Role.MEMBER, team.id(), "Premium Business");
        manager = testData.manager("Mona Manager", team.id(), java.util.Set.of(team.id()));
        // A company no other test uses, so that its addresses are this test's alone.
        domain = "zenith" + UUID.randomUUID().toString().substring(0, 6) + ".io";
        withAddress("Anna", "Berg", "anna.berg@" + domain, EmailStatus.FOUND);
        withAddress("Carl", "Olsen", "carl.olsen@" + domain, EmailStatus.VERIFIED);
        withAddress("Dora", "Kim", "dkim@" + domain, EmailStatus.FOUND);
    }

    @AfterEach
    void realTimeAndDns() {
        clock.reset();
        mailDomains.reset();
    }

    @Test
    void an_unanswered_invitation_becomes_a_checked_address_an_export_and_replies_back_in_headroom() throws Exception {
        var erik = prospect("Erik", "Lund");
        testData.as(rep, () -> outreach.log(new LogRequest(erik.id(), OutreachType.INVITATION_SENT,
                WED.minus(Duration.ofDays(25)), null, "Hi Erik", null, TestData.key(), null)));

        // Click one: the suggestions, with what the team's addresses show.
        openProspect(erik);
        _click(button("Suggest an address"));
        assertThat(texts(ListItem.class)).contains("first.last@" + domain + " — 2 of 3 known addresses");
        assertThat(deepTexts(ListItem.class)).anyMatch(t -> t.startsWith("erik.lund@" + domain)
                && t.contains("first.last@" + domain + " — 2 of 3 known addresses"));

        // Click two: stored as guessed and checked at once.
        _click(_find(Button.class, spec -> spec.withText("Use this")).getFirst());
        assertThat(notificationTexts()).contains("erik.lund@" + domain + " saved as guessed and checked.");
        var stored = testData.as(rep, () -> prospects.details(erik.id()));
        assertThat(stored.draft().email()).isEqualTo("erik.lund@" + domain);
        assertThat(stored.draft().emailStatus()).isEqualTo(EmailStatus.GUESSED);
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("Checked Wed 25 Nov 2026 by Rita Rep: Looks"
                + " deliverable: " + domain + " has mail servers (mx1." + domain + ")."));
        // Saving the open form afterwards keeps the picked address.
        _click(button("Save"));
        assertThat(testData.as(rep, () -> prospects.details(erik.id())).draft().email())
            .isEqualTo("erik.lund@" + domain);
        assertThat(stored.history()).anyMatch(h -> h.describe()
            .equals("E-mail address: erik.lund@" + domain + " (guessed: first.last, 2 of 3 known addresses)"));

        // My day suggests the switch.
        UI.getCurrent().navigate("");
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("Try e-mail instead"));
        assertThat(deepTexts(ListItem.class)).anyMatch(t -> t.startsWith("Erik Lund")
                && t.endsWith("Invited 25 days ago, no answer: write to erik.lund@" + domain + " instead"));

        // The list goes to lemlist: the count in the dialog, the file in its layout.
        UI.getCurrent().navigate("prospects");
        _click(button("Export for e-mail tool"));
        assertThat(texts(Paragraph.class))
            .anyMatch(t -> t.startsWith("4 prospects in the list as filtered have an" + " address worth writing to."));
        var file = new StringWriter();
        int written = testData.as(rep, () -> {
            try {
                return exports.export(ProspectFilter.team(team.id()).withText("lund"), EmailTool.LEMLIST, file);
            }
            catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(written).isEqualTo(1);
        assertThat(file.toString()).contains("email", "firstName", "\"erik.lund@" + domain + "\"");
        var audited = SystemAuthentication.callAsSystem(
                () -> auditLog.page("Export", rep.email(), org.springframework.data.domain.Pageable.ofSize(10)));
        assertThat(audited.getContent()).anyMatch(a -> a.subjectLabel().equals("Prospects for lemlist (CSV)")
                && "Prospects".equals(a.field()) && "1".equals(a.newValue()));
        openProspect(erik);
        assertThat(texts(ListItem.class)).contains("Exported to lemlist on Wed 25 Nov 2026 by Rita Rep");

        // The tool's activity comes back: sent and replied, then the same file again.
        String activity = "Email,Event,Date\n" + "erik.lund@" + domain + ",sent,2026-11-24 09:00\n" + "erik.lund@"
                + domain + ",replied,2026-11-25 08:30\n" + "nobody@" + domain + ",sent,2026-11-24 09:00\n";
        login(rep.email());
        UI.getCurrent().navigate("email-results");
        var view = _find(EmailResultsView.class).getFirst();
        view.received("lemlist-activity.csv", activity.getBytes(StandardCharsets.UTF_8));
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("lemlist-activity.csv")
                && t.contains("3 rows read; 1 e-mail sent, 1 reply and 0 bounces logged; 1 not logged:"));
        assertThat(texts(ListItem.class))
            .contains("Row 4: no prospect in this team has the address nobody@" + domain + ".");
        var replied = testData.as(rep, () -> prospects.details(erik.id()));
        assertThat(replied.stage()).isEqualTo(Stage.CONVERSATION);
        assertThat(replied.draft().emailStatus()).as("a reply came from it").isEqualTo(EmailStatus.VERIFIED);

        view.received("lemlist-activity.csv", activity.getBytes(StandardCharsets.UTF_8));
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.contains(
                "0 e-mails sent, 0 replies and 0 bounces logged; 2 imported before, left as they were; 1 not logged"));

        // Both channels side by side on My day, and in the manager's results.
        UI.getCurrent().navigate("");
        assertThat(texts(ListItem.class)).contains("E-mail: 1 sent, 1 replied (100%)");
        var results = testData.as(manager, () -> this.results.results(team.id(),
                ResultsPeriod.of(ResultsPeriod.Kind.THIS_WEEK, LocalDate.of(2026, 11, 25))));
        assertThat(results.team().channels().emailsSent()).isEqualTo(1);
        assertThat(results.team().channels().emailReplies()).isEqualTo(1);
        assertThat(results.members()).filteredOn(r -> r.name().equals("Rita Rep"))
            .singleElement()
            .satisfies(r -> assertThat(r.channels().emailReplyRate()).contains(100));
    }

    @Test
    void a_bounce_marks_the_address_and_counts_against_its_format() {
        var dora = testData.as(rep,
                () -> prospects
                    .search(ProspectFilter.team(team.id()).withText("dora"),
                            org.springframework.data.domain.Pageable.ofSize(5))
                    .getFirst());
        login(rep.email());
        UI.getCurrent().navigate("email-results");
        _find(EmailResultsView.class).getFirst()
            .received("bounces.csv", ("Email,Status,Date\ndkim@" + domain + ",bounced,2026-11-25 09:00\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(texts(Paragraph.class))
            .anyMatch(t -> t.equals("bounces.csv: 1 row read; 0 e-mails sent, 0 replies and 1 bounce logged."));
        assertThat(testData.as(rep, () -> prospects.details(dora.id())).draft().emailStatus())
            .isEqualTo(EmailStatus.BOUNCED);

        var ella = prospect("Ella", "Kaur");
        var offered = testData.as(rep, () -> suggestions.suggest(ella.id()));
        assertThat(offered.domains()).contains("flast@" + domain + " — 0 of 3 known addresses; 1 bounced");
        assertThat(offered.candidates()).extracting(c -> c.address())
            .contains("ella.kaur@" + domain)
            .doesNotContain("ekaur@" + domain);
    }

    @Test
    void an_address_only_a_teammates_connections_hold_is_never_suggested() {
        // Tom's own LinkedIn connection gave him Fiona's address; the team has no
        // prospect
        // with it.
        testData.as(teammate, () -> connectionImports.importConnections("Connections.csv",
                (ConnectionFiles.HEADER + "Fiona,West,https://www.linkedin.com/in/fiona-west-" + UUID.randomUUID()
                        + ",fiona.west@" + domain + ",Zenith Labs,CFO,01 Mar 2025\n")
                    .getBytes(StandardCharsets.UTF_8),
                done -> {
                }));
        var fiona = prospect("Fiona", "West");
        var forRita = testData.as(rep, () -> suggestions.suggest(fiona.id()));
        assertThat(forRita.candidates()).extracting(c -> c.address()).doesNotContain("fiona.west@" + domain);

        // Picking it anyway (a crafted request) is refused.
        assertThatThrownBy(
                () -> testData.as(rep, () -> suggestions.pick(fiona.id(), fiona.version(), "fiona.west@" + domain)))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("That address is no longer among the suggestions. Open the suggestions again.");

        // Tom himself may be offered what his own connections hold.
        var tomsFiona = testData.prospect(teammate, team.id(), "Fiona", "West", "Zenith Labs");
        var forTom = testData.as(teammate, () -> suggestions.suggest(tomsFiona.id()));
        assertThat(forTom.candidates()).extracting(c -> c.address()).contains("fiona.west@" + domain);
    }

    @Test
    void a_domain_without_mail_servers_is_a_clear_finding_and_do_not_contact_people_are_never_exported()
            throws Exception {
        var gus = prospect("Gus", "Hale");
        testData.as(rep, () -> prospects.update(gus.id(), gus.version(),
                withEmail(gus.draft(), "gus@nomail-" + domain, EmailStatus.FOUND)));
        mailDomains.answer("nomail-" + domain, MailDomainAnswer.noMailServer());
        var check = testData.as(rep, () -> suggestions.check(gus.id()));
        assertThat(check.usable()).isFalse();
        assertThat(check.summary()).startsWith("No mail server for this domain");

        testData.as(rep, () -> doNotContact.add(team.id(), DoNotContactKind.PERSON,
                "https://www.linkedin.com/in/" + "anna-berg-" + team.id(), "Asked us to stop"));
        var file = new StringWriter();
        int written = testData.as(rep, () -> {
            try {
                return exports.export(ProspectFilter.team(team.id()), EmailTool.HUBSPOT, file);
            }
            catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(file.toString()).startsWith("\uFEFF\"First Name\",\"Last Name\",\"Email\"")
            .doesNotContain("anna.berg@" + domain);
        assertThat(written).as("Carl, Dora and Gus; Anna is do-not-contact").isEqualTo(3);
    }

    @Test
    void personal_mailboxes_and_example_domains_never_make_a_company_domain() {
        withAddress("Hal", "Moss", "hal.moss@gmail.com", EmailStatus.FOUND);
        withAddress("Ivy", "Stone", "ivy.stone@sales.example.com", EmailStatus.FOUND);
        var jon = prospect("Jon", "Frost");
        var offered = testData.as(rep, () -> suggestions.suggest(jon.id()));
        assertThat(offered.domains()).containsExactly("first.last@" + domain + " — 2 of 3 known addresses",
                "flast@" + domain + " — 1 of 3 known addresses");
        assertThat(offered.candidates()).extracting(c -> c.domain()).containsOnly(domain);
    }

    @Test
    void an_admin_adds_a_domain_headroom_cannot_see_and_takes_a_wrong_one_out() {
        login(com.headroom.DemoAccounts.ADMIN);
        UI.getCurrent().navigate("company-domains");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Company")), "Zenith Labs");
        var domainField = com.github.mvysny.kaributesting.v10.LocatorJ
            ._get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Mail domain"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(domainField, "@gmail.com");
        _click(button("Save"));
        assertThat(domainField.getErrorMessage())
            .isEqualTo("gmail.com is a personal mailbox provider, not a company's domain.");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(domainField, "zenith-new" + domain);
        _click(button("Save"));
        assertThat(notificationTexts()).contains("Saved: zenith-new" + domain + " for Zenith Labs.");

        var kim = prospect("Kim", "Ray");
        var offered = testData.as(rep, () -> suggestions.suggest(kim.id()));
        assertThat(offered.domains()).contains("zenith-new" + domain + ": no known address to learn from yet");

        SystemAuthentication.runAs(
                (com.headroom.security.HeadroomUser) users.loadUserByUsername(com.headroom.DemoAccounts.ADMIN),
                () -> companyDomains.correct("Zenith Labs", domain, true));
        var without = testData.as(rep, () -> suggestions.suggest(kim.id()));
        assertThat(without.candidates()).as("its only known domain is not the company's").isEmpty();
        assertThat(without.whyNone()).startsWith("The addresses Headroom knows at Zenith Labs are too few");
    }

    private void withAddress(String first, String last, String address, EmailStatus status) {
        testData.as(rep,
                () -> prospects.add(team.id(),
                        new ProspectDraft(
                                first, last, "", "Zenith Labs", "https://www.linkedin.com/in/" + first.toLowerCase()
                                        + "-" + last.toLowerCase() + "-" + team.id(),
                                address, status, "", "", null, java.util.Set.of(), "")));
    }

    private static ProspectDraft withEmail(ProspectDraft d, String email, EmailStatus status) {
        return new ProspectDraft(d.firstName(), d.lastName(), d.headline(), d.company(), d.profileUrl(), email, status,
                d.location(), d.industry(), d.icpFit(), d.tags(), d.sharedNotes());
    }

    private ProspectDetails prospect(String first, String last) {
        return testData.prospect(rep, team.id(), first, last, "Zenith Labs");
    }

    private void openProspect(ProspectDetails prospect) {
        login(rep.email());
        UI.getCurrent().navigate("prospects", QueryParameters.of("open", Long.toString(prospect.id())));
    }

    private static <T extends Component & HasText> List<String> texts(Class<T> type) {
        return _find(type).stream().map(HasText::getText).toList();
    }

    private static <T extends Component> List<String> deepTexts(Class<T> type) {
        return _find(type).stream().map(c -> c.getElement().getTextRecursively()).toList();
    }

    private static Button button(String text) {
        return _find(Button.class, spec -> spec.withText(text)).getLast();
    }

}
