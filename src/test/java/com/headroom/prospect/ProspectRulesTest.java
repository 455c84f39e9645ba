package com.headroom.prospect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.DemoAccounts;
import com.headroom.HeadroomTest;
import com.headroom.SignedInAs;
import com.headroom.TestData;
import com.headroom.base.RuleViolation;
import com.headroom.security.SystemAuthentication;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who reaches which prospect, what stops a stage change, how lists sort, and erasure's
 * reach.
 */
@HeadroomTest
class ProspectRulesTest {

    @Autowired
    ProspectService prospects;

    @Autowired
    ProspectOwnership owners;

    @Autowired
    DoNotContactService doNotContact;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    ProspectImportService imports;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    private ProspectFixtures team;

    private ProspectFixtures other;

    private ProspectDetails jane;

    @BeforeEach
    void twoTeams() {
        team = new ProspectFixtures(testData, prospects, users);
        other = new ProspectFixtures(testData, prospects, users);
        jane = team.add(team.alice, "Jane", "Doe", "Acme",
                "jane-rules-" + UUID.randomUUID().toString().substring(0, 6));
    }

    @Test
    void members_and_managers_of_another_team_reach_none_of_its_prospects() {
        for (var outsider : List.of(other.alice, other.manager)) {
            refused(outsider, () -> prospects.details(jane.id()));
            refused(outsider, () -> prospects.search(ProspectFilter.team(team.team.id()), PageRequest.of(0, 10)));
            refused(outsider, () -> prospects.count(ProspectFilter.team(team.team.id())));
            refused(outsider, () -> prospects.changeStage(jane.id(), Stage.ENGAGED));
            refused(outsider, () -> owners.handOver(jane.id(), outsider.id()));
            refused(outsider, () -> prospects.update(jane.id(), jane.version(), jane.draft()));
            refused(outsider, () -> prospects.add(team.team.id(),
                    ProspectFixtures.draft("X", "Y", "Z", "https://www.linkedin.com/in/outsider-add")));
            refused(outsider, () -> doNotContact.add(team.team.id(), DoNotContactKind.COMPANY, "Acme", "why"));
        }
    }

    @Test
    void administrators_do_not_prospect() {
        var admin = new TestData.Person(0, DemoAccounts.ADMIN, "Avery Stone");
        refused(admin, () -> prospects.details(jane.id()));
        refused(admin, () -> prospects.search(ProspectFilter.team(team.team.id()), PageRequest.of(0, 10)));
    }

    @Test
    void a_member_may_not_edit_move_or_hand_over_a_teammates_prospect() {
        refused(team.bob, () -> prospects.update(jane.id(), jane.version(), jane.draft()));
        refused(team.bob, () -> prospects.changeStage(jane.id(), Stage.ENGAGED));
        refused(team.bob, () -> owners.handOver(jane.id(), team.bob.id()));
        refused(team.bob, () -> {
            prospects.savePrivateNote(jane.id(), "not mine");
            return null;
        });
        assertThat(SignedInAs.call(users, team.alice.email(), () -> prospects.details(jane.id())).stage())
            .isEqualTo(Stage.NEW);
    }

    @Test
    void the_service_refuses_to_move_a_prospect_on_the_do_not_contact_list() {
        SignedInAs.run(users, team.bob.email(),
                () -> doNotContact.add(team.team.id(), DoNotContactKind.COMPANY, "Acme", "Customer"));
        assertThatThrownBy(
                () -> SignedInAs.run(users, team.alice.email(), () -> prospects.changeStage(jane.id(), Stage.INVITED)))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("Jane Doe must not be contacted (Company Acme: Customer). Their stage stays until the"
                    + " entry is removed.");
    }

    @Test
    void the_list_sorts_by_name_company_and_last_activity() {
        var adam = team.add(team.alice, "Adam", "Zeller", "Zeta Ltd", "adam-zeller-" + jane.id());
        var zoe = team.add(team.alice, "Zoe", "Abel", "Beta GmbH", "zoe-abel-" + jane.id());
        SignedInAs.run(users, team.alice.email(), () -> prospects.changeStage(jane.id(), Stage.RESEARCHED));
        assertThat(names(Sort.by("name"))).containsExactly("Zoe Abel", "Jane Doe", "Adam Zeller");
        assertThat(names(Sort.by("company"))).containsExactly("Jane Doe", "Zoe Abel", "Adam Zeller");
        assertThat(names(Sort.by(Sort.Direction.DESC, "lastActivity"))).first().isEqualTo("Jane Doe");
        assertThat(names(Sort.by(Sort.Direction.ASC, "lastActivity"))).first()
            .isIn(adam.draft().fullName(), zoe.draft().fullName());
    }

    @Test
    void erasing_by_e_mail_also_finds_the_record_under_an_older_address_and_refuses_the_e_mail_afterwards()
            throws Exception {
        String email = "erase-" + jane.id() + "@acme.example";
        SignedInAs.run(users, team.alice.email(),
                () -> prospects.add(team.team.id(),
                        new ProspectDraft("Olga", "Old", "", "Acme",
                                "https://www.linkedin.com/in/olga-old-" + jane.id(), email, EmailStatus.FOUND, "", "",
                                null, Set.of(), "")));
        SignedInAs.run(users, other.alice.email(),
                () -> other.add(other.alice, "Olga", "New", "Acme", "olga-new-" + jane.id()));
        SignedInAs.run(users, other.bob.email(), () -> doNotContact.add(other.team.id(), DoNotContactKind.PERSON,
                "https://www.linkedin.com/in/olga-new-" + jane.id(), "Asked us to stop"));
        // Other team's record has the new address and the same e-mail added later.
        var newer = SignedInAs
            .call(users, other.alice.email(),
                    () -> prospects.search(ProspectFilter.team(other.team.id()).withText("olga"), PageRequest.of(0, 5)))
            .getFirst();
        var details = SignedInAs.call(users, other.alice.email(), () -> prospects.details(newer.id()));
        SignedInAs.run(users, other.alice.email(),
                () -> prospects.update(newer.id(), details.version(), withEmail(details.draft(), email.toUpperCase())));

        var json = new StringWriter();
        SystemAuthentication.runAsSystem(() -> {
            try {
                personalData.exportJson(email, json);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(json.toString()).contains("Olga", "\"reason\" : \"Asked us to stop\"");

        var erasure = SystemAuthentication.callAsSystem(() -> personalData.erase(email));
        assertThat(erasure.records()).isEqualTo(2);
        assertThat(erasure.teams()).isEqualTo(2);
        assertThat(erasure.doNotContactEntries()).isEqualTo(1);

        var file = Files.createTempFile("erased", ".csv");
        Files.writeString(file, "First Name,LinkedIn URL,Email\nOlga,https://www.linkedin.com/in/brand-new-" + jane.id()
                + "," + email + "\n", StandardCharsets.UTF_8);
        var report = SignedInAs.call(users, team.alice.email(), () -> imports.importFile(team.team.id(), file,
                List.of(ImportField.FIRST_NAME, ImportField.PROFILE_URL, ImportField.EMAIL), done -> {
                }));
        assertThat(report.rejected()).singleElement()
            .satisfies(r -> assertThat(r.reason()).isEqualTo(ProspectService.ERASED));
        assertThatThrownBy(() -> SignedInAs.run(users, team.bob.email(),
                () -> doNotContact.add(team.team.id(), DoNotContactKind.PERSON,
                        "https://www.linkedin.com/in/olga-old-" + jane.id(), "just in case")))
            .isInstanceOf(RuleViolation.class)
            .hasMessageStartingWith("This person was erased from Headroom on their request.");
    }

    private List<String> names(Sort sort) {
        return SignedInAs
            .call(users, team.alice.email(),
                    () -> prospects.search(ProspectFilter.team(team.team.id()), PageRequest.of(0, 10, sort)))
            .stream()
            .map(ProspectRow::fullName)
            .toList();
    }

    private static ProspectDraft withEmail(ProspectDraft d, String email) {
        return new ProspectDraft(d.firstName(), d.lastName(), d.headline(), d.company(), d.profileUrl(), email,
                d.emailStatus(), d.location(), d.industry(), d.icpFit(), d.tags(), d.sharedNotes());
    }

    private void refused(TestData.Person who, java.util.function.Supplier<?> work) {
        assertThatThrownBy(() -> SignedInAs.call(users, who.email(), work)).isInstanceOf(AccessDeniedException.class);
    }

}
