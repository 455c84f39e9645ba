package com.headroom.prospect.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.headroom.DemoAccounts;
import com.headroom.Downloaded;
import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.headroom.SignedInAs;
import com.headroom.TestData;
import com.headroom.base.AuditLog;
import com.headroom.base.RuleViolation;
import com.headroom.prospect.DoNotContactKind;
import com.headroom.prospect.DoNotContactService;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.PersonalDataService;
import com.headroom.prospect.PersonalDataService.PersonRecord;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectFilter;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.prospect.ProspectService;
import com.headroom.security.SystemAuthentication;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.io.StringWriter;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A person's access and erasure requests, handled by an admin across every team. */
class PersonalDataViewTest extends KaribuTest {

    @Autowired
    PersonalDataService personalData;

    @Autowired
    ProspectService prospects;

    @Autowired
    DoNotContactService doNotContact;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    private ProspectFixtures north;

    private ProspectFixtures south;

    private String slug;

    @BeforeEach
    void thePersonIsInTwoTeams() {
        north = new ProspectFixtures(testData, prospects, users);
        south = new ProspectFixtures(testData, prospects, users);
        slug = "greta-erase-" + UUID.randomUUID().toString().substring(0, 6);
        var greta = SignedInAs.call(users, north.alice.email(),
                () -> prospects.add(north.team.id(),
                        new ProspectDraft("Greta", "Erase", "CFO", "Acme", "https://www.linkedin.com/in/" + slug,
                                slug + "@acme.example", EmailStatus.FOUND, "Oslo", "", 5, Set.of("cfo"),
                                "Met at a fair")));
        SignedInAs.run(users, north.alice.email(), () -> prospects.savePrivateNote(greta.id(), "Prefers mornings"));
        south.add(south.bob, "Greta", "E.", "Acme", slug);
        SignedInAs.run(users, north.bob.email(), () -> doNotContact.add(north.team.id(), DoNotContactKind.PERSON,
                "linkedin.com/in/" + slug, "Asked us to stop"));
    }

    @Test
    void an_admin_finds_every_record_of_the_person_and_exports_everything_held() throws Exception {
        find("http://de.linkedin.com/in/" + slug.toUpperCase() + "/?trk=x");

        _get(Paragraph.class, spec -> spec.withText("2 prospect records found."));
        assertThat(Grids.items(grid())).extracting(PersonRecord::teamName)
            .containsExactlyInAnyOrder(north.team.name(), south.team.name());
        var json = new StringWriter();
        SystemAuthentication.runAsSystem(() -> {
            try {
                personalData.exportJson(slug + "@acme.example", json);
            }
            catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(json.toString()).contains("\"firstName\" : \"Greta\"", "\"privateNotes\" : [ \"Prefers mornings\" ]",
                "\"teamNotes\" : \"Met at a fair\"", "\"tags\" : [ \"cfo\" ]", "Alice Rep: Added",
                "\"team\" : \"" + north.team.name() + "\"");
    }

    @Test
    void both_exports_download_from_the_page_without_closing_vaadins_stream() throws Exception {
        find("https://www.linkedin.com/in/" + slug);

        var json = Downloaded.from(download("Export everything (JSON)"));
        assertThat(json.closedByHandler()).as("Vaadin's stream is Vaadin's to close").isFalse();
        assertThat(json.contentType()).isEqualTo("application/json; charset=UTF-8");
        assertThat(json.headers().get("Content-Disposition")).contains("personal-data.json");
        assertThat(json.text()).contains("\"firstName\" : \"Greta\"", "\"teamNotes\" : \"Met at a fair\"");

        var csv = Downloaded.from(download("Export everything (CSV)"));
        assertThat(csv.closedByHandler()).isFalse();
        assertThat(csv.contentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(csv.text()).startsWith("\"Record\",\"Section\",\"Field\",\"Value\"")
            .contains("\"Prospect\",\"firstName\",\"Greta\"");
    }

    @Test
    void erasure_deletes_the_person_everywhere_and_refuses_them_afterwards() {
        find("https://www.linkedin.com/in/" + slug);
        _click(_get(Button.class, spec -> spec.withText("Erase this person")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        _get(Paragraph.class, spec -> spec.withText("Erased 2 prospect records in 2 teams, 1 do-not-contact entry."
                + " Headroom will refuse to store this person again."));
        assertThat(SignedInAs.call(users, north.alice.email(),
                () -> prospects.count(ProspectFilter.team(north.team.id()))))
            .isZero();
        assertThat(
                SignedInAs.call(users, south.bob.email(), () -> prospects.count(ProspectFilter.team(south.team.id()))))
            .isZero();
        assertThat(SignedInAs.call(users, north.bob.email(), () -> doNotContact.count(north.team.id()))).isZero();
        var audit = SystemAuthentication
            .callAsSystem(
                    () -> auditLog.page("Personal data",
                            PageRequest.of(0, 5,
                                    org.springframework.data.domain.Sort
                                        .by(org.springframework.data.domain.Sort.Direction.DESC, "id"))))
            .getContent()
            .getFirst();
        assertThat(audit.actor()).isEqualTo(DemoAccounts.ADMIN);
        assertThat(audit.subjectLabel()).isEqualTo("A person (details erased)");
        assertThat(audit.toString()).doesNotContain("Greta").doesNotContain(slug);

        assertThatThrownBy(() -> north.add(north.alice, "Greta", "Again", "Acme", slug))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("This person asked to be erased from Headroom and can't be added again.");
        assertThatThrownBy(() -> SignedInAs.run(users, south.alice.email(),
                () -> prospects.add(south.team.id(),
                        new ProspectDraft("Greta", "", "", "", "https://www.linkedin.com/in/other-" + slug,
                                slug + "@ACME.example", EmailStatus.UNKNOWN, "", "", null, Set.of(), ""))))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("This person asked to be erased from Headroom and can't be added again.");
    }

    @Test
    void a_member_may_neither_open_the_page_nor_erase_anyone() {
        login(north.alice.email());
        assertThatThrownBy(() -> navigate("personal-data")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> SignedInAs.run(users, north.manager.email(),
                () -> personalData.erase("https://www.linkedin.com/in/" + slug)))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(SignedInAs.call(users, north.alice.email(),
                () -> prospects.count(ProspectFilter.team(north.team.id()))))
            .isEqualTo(1);
    }

    private void find(String query) {
        login(DemoAccounts.ADMIN);
        navigate("personal-data");
        _setValue(_get(TextField.class, spec -> spec.withLabel("LinkedIn profile or e-mail of the person")), query);
        _click(_find(Button.class, spec -> spec.withText("Find")).getFirst());
    }

    private static Anchor download(String label) {
        return _get(Anchor.class, spec -> spec
            .withPredicate(a -> a.getChildren().anyMatch(c -> c instanceof Button b && b.getText().equals(label))));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PersonRecord> grid() {
        return _get(Grid.class);
    }

}
