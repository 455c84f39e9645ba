package com.headroom.prospect.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.Downloaded;
import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.headroom.SignedInAs;
import com.headroom.TestData;
import com.headroom.prospect.DoNotContactKind;
import com.headroom.prospect.DoNotContactService;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectEvent;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.prospect.ProspectRow;
import com.headroom.prospect.ProspectOwnership;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.team.Teammate;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.DomEvent;
import org.jsoup.Jsoup;
import tools.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class ProspectsViewTest extends KaribuTest {

    @Autowired
    ProspectService prospects;

    @Autowired
    ProspectOwnership owners;

    @Autowired
    DoNotContactService doNotContact;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    private ProspectFixtures team;

    @BeforeEach
    void aTeamOfItsOwn() {
        team = new ProspectFixtures(testData, prospects, users);
    }

    @Test
    void a_member_adds_a_prospect_who_then_shows_in_the_list_and_the_pipeline() {
        open(team.alice);
        _click(_get(Button.class, spec -> spec.withText("Add prospect")));
        _setValue(field("First name"), "Jane");
        _setValue(field("Last name"), "Doe");
        _setValue(field("Company"), "Acme, Inc.");
        _setValue(field("Headline or position"), "VP Sales");
        _setValue(field("LinkedIn profile"), "http://uk.linkedin.com/in/Jane-Doe-42/?trk=abc");
        _click(_find(Button.class, spec -> spec.withText("Add prospect")).getLast());

        assertThat(notificationTexts()).contains("Jane Doe added.");
        assertThat(Grids.row(grid(), r -> r.fullName().equals("Jane Doe")))
            .startsWith("Jane Doe", "VP Sales", "Acme, Inc.")
            .contains("Alice Rep");
        assertThat(Grids.items(grid()).getFirst().profileUrl()).isEqualTo("https://www.linkedin.com/in/jane-doe-42");
        assertThat(chips()).contains("New 1", "Researched 0", "Do not contact 0");
    }

    @Test
    void adding_someone_the_team_has_shows_the_existing_record_and_its_owner_instead() {
        var existing = team.add(team.bob, "Sam", "Lee", "Globex", "sam-lee");
        open(team.alice);
        _click(_get(Button.class, spec -> spec.withText("Add prospect")));
        _setValue(field("First name"), "Samuel");
        _setValue(field("LinkedIn profile"), "https://de.linkedin.com/in/SAM-LEE/de");
        _click(_find(Button.class, spec -> spec.withText("Add prospect")).getLast());

        _get(Span.class, spec -> spec.withText("Sam Lee is already in your team's prospects, owned by Bob Rep. "));
        assertThat(field("LinkedIn profile").getErrorMessage()).isEqualTo("Already in your team");
        assertThat(countIn(team.alice)).isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withText("Open the existing record")));
        _get(Paragraph.class, spec -> spec.withText("Owned by Bob Rep · New · added "
                + com.headroom.base.ui.Formats
                    .date(java.time.LocalDate.ofInstant(existing.createdAt(), java.time.ZoneId.of("Europe/Berlin")))
                + " (added by hand)"));
    }

    @Test
    void entering_the_address_of_someone_the_team_has_shows_their_record_and_owner_before_any_save() {
        var existing = team.add(team.bob, "Paula", "Jones", "Globex", "paula-jones-early");
        open(team.alice);
        _click(_get(Button.class, spec -> spec.withText("Add prospect")));
        _setValue(field("LinkedIn profile"), "https://uk.linkedin.com/in/Paula-Jones-Early/?trk=abc");

        _get(Span.class, spec -> spec.withText("Paula Jones is already in your team's prospects, owned by Bob Rep. "));
        assertThat(field("LinkedIn profile").isInvalid()).isTrue();
        assertThat(field("LinkedIn profile").getErrorMessage()).isEqualTo("Already in your team");

        _setValue(field("LinkedIn profile"), "https://www.linkedin.com/in/someone-else-early");
        _assertNone(Span.class,
                spec -> spec.withText("Paula Jones is already in your team's prospects, owned by Bob" + " Rep. "));
        assertThat(field("LinkedIn profile").isInvalid()).isFalse();

        _setValue(field("LinkedIn profile"), "linkedin.com/in/paula-jones-early");
        _click(_get(Button.class, spec -> spec.withText("Open the existing record")));
        _get(Paragraph.class, spec -> spec.withText("Owned by Bob Rep · New · added "
                + com.headroom.base.ui.Formats
                    .date(java.time.LocalDate.ofInstant(existing.createdAt(), java.time.ZoneId.of("Europe/Berlin")))
                + " (added by hand)"));
        assertThat(countIn(team.alice)).isEqualTo(1);
    }

    @Test
    void the_export_downloads_the_filtered_list_without_closing_vaadins_stream() throws Exception {
        team.add(team.alice, "Jane", "Doe", "Acme", "jane-doe-export");
        team.add(team.alice, "Joe", "Bloggs", "Hooli", "joe-bloggs-export");
        open(team.alice);
        _setValue(search(), "jane");

        var download = Downloaded
            .from(_get(Anchor.class, spec -> spec.withPredicate(a -> a.getElement().hasAttribute("download"))));
        assertThat(download.closedByHandler()).as("Vaadin's stream is Vaadin's to close").isFalse();
        assertThat(download.contentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(download.headers().get("Content-Disposition")).contains("prospects-");
        assertThat(new String(download.bytes(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFF");
        var lines = download.text().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).startsWith("\"First name\",\"Last name\",\"Headline\",\"Company\",");
        assertThat(lines.get(1)).startsWith(
                "\"Jane\",\"Doe\",\"Head of Sales\",\"Acme\"," + "\"https://www.linkedin.com/in/jane-doe-export\",");
    }

    @Test
    void the_free_text_stage_owner_tag_and_company_filters_narrow_the_list_and_its_counts() {
        team.add(team.alice, "Jane", "Doe", "Acme Corporation", "jane-doe");
        var ann = team.add(team.alice, "Ann", "Müller", "Initech GmbH", "ann-muller");
        team.add(team.bob, "Joe", "Acme", "Hooli", "joe-acme");
        SignedInAs.run(users, team.alice.email(), () -> prospects.changeStage(ann.id(), Stage.RESEARCHED));
        SignedInAs.run(users, team.alice.email(), () -> prospects.update(ann.id(),
                prospects.details(ann.id()).version(), withTags(prospects.details(ann.id()).draft(), "cfo")));
        open(team.alice);

        _setValue(search(), "acm");
        assertThat(names()).containsExactlyInAnyOrder("Jane Doe", "Joe Acme");
        _setValue(search(), "muller init");
        assertThat(names()).containsExactly("Ann Müller");
        _setValue(search(), "");

        stageBox().setValue(Stage.RESEARCHED);
        assertThat(names()).containsExactly("Ann Müller");
        stageBox().setValue(null);

        // The chips filter too: a click on a stage's, and again to clear it.
        clickChip("Researched 1");
        assertThat(stageBox().getValue()).isEqualTo(Stage.RESEARCHED);
        assertThat(names()).containsExactly("Ann Müller");
        assertThat(pressedChips()).containsExactly("Researched 1");
        clickChip("Researched 1");
        assertThat(stageBox().getValue()).isNull();
        assertThat(names()).containsExactlyInAnyOrder("Jane Doe", "Ann Müller", "Joe Acme");
        assertThat(pressedChips()).isEmpty();

        @SuppressWarnings("unchecked")
        ComboBox<Teammate> owner = _get(ComboBox.class,
                spec -> spec.withPredicate(c -> "Owner".equals(c.getAriaLabel().orElse(""))));
        _setValue(owner,
                owner.getListDataView()
                    .getItems()
                    .filter(t -> t.displayName().equals("Mine"))
                    .findFirst()
                    .orElseThrow());
        assertThat(names()).containsExactlyInAnyOrder("Jane Doe", "Ann Müller");
        assertThat(chips()).contains("New 1", "Researched 1");

        @SuppressWarnings("unchecked")
        ComboBox<String> tag = _get(ComboBox.class, spec -> spec.withPlaceholder("Any tag"));
        _setValue(tag, "cfo");
        assertThat(names()).containsExactly("Ann Müller");
        _setValue(tag, null);

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Company")), "ACME Inc");
        assertThat(names()).containsExactly("Jane Doe");
    }

    @Test
    void a_stage_change_from_the_detail_is_recorded_with_who_and_when() {
        var jane = team.add(team.alice, "Jane", "Doe", "Acme", "jane-doe-stage");
        open(team.alice);
        Grids.click(grid(), r -> r.id() == jane.id());
        @SuppressWarnings("unchecked")
        Select<Stage> stage = _get(Select.class, spec -> spec.withLabel("Stage"));
        _setValue(stage, Stage.ENGAGED);
        _click(_get(Button.class, spec -> spec.withText("Move")));

        assertThat(notificationTexts()).contains("Stage changed to Engaged.");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
            .anySatisfy(line -> assertThat(line).endsWith("Alice Rep: Stage changed: New → Engaged"));
        var history = SignedInAs.call(users, team.alice.email(), () -> prospects.details(jane.id())).history();
        assertThat(history.getFirst().kind()).isEqualTo(ProspectEvent.Kind.STAGE_CHANGED);
        assertThat(history.getFirst().actorName()).isEqualTo("Alice Rep");
        assertThat(Grids.row(grid(), r -> r.id() == jane.id())).asString().contains("Engaged");
    }

    @Test
    void a_prospect_on_the_do_not_contact_list_is_marked_and_cannot_move() {
        var jane = team.add(team.alice, "Jane", "Doe", "Umbrella Corp", "jane-doe-dnc");
        SignedInAs.run(users, team.bob.email(), () -> doNotContact.add(team.team.id(), DoNotContactKind.COMPANY,
                "Umbrella", "Existing customer: account team only"));
        open(team.alice);

        assertThat(Grids.row(grid(), r -> r.id() == jane.id())).asString().contains("Do not contact");
        assertThat(chips()).contains("Do not contact 1", "New 0");
        Grids.click(grid(), r -> r.id() == jane.id());
        _get(Paragraph.class,
                spec -> spec.withText("DO NOT CONTACT: Company Umbrella: Existing customer: account" + " team only"));
        assertThat(_get(Button.class, spec -> spec.withText("Move")).isEnabled()).isFalse();
    }

    @Test
    void a_member_reads_a_teammates_prospect_but_neither_their_private_notes_nor_edits_it() {
        var sam = team.add(team.bob, "Sam", "Lee", "Globex", "sam-lee-private");
        SignedInAs.run(users, team.bob.email(), () -> prospects.savePrivateNote(sam.id(), "Bob's secret: golf buddy"));
        open(team.alice);
        Grids.click(grid(), r -> r.id() == sam.id());

        _assertNone(TextArea.class, spec -> spec.withLabel("Private notes (only you see these)"));
        assertThat(field("Company").isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withText("Move"));
        var seenByAlice = SignedInAs.call(users, team.alice.email(), () -> prospects.details(sam.id()));
        assertThat(seenByAlice.privateNote()).isEmpty();
        assertThat(SignedInAs.call(users, team.bob.email(), () -> prospects.details(sam.id())).privateNote())
            .contains("Bob's secret: golf buddy");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Team notes")), "Met at the Lisbon summit");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(SignedInAs.call(users, team.bob.email(), () -> prospects.details(sam.id())).draft().sharedNotes())
            .isEqualTo("Met at the Lisbon summit");
    }

    @Test
    void the_owner_hands_a_prospect_over_and_the_history_says_so() {
        var jane = team.add(team.alice, "Jane", "Doe", "Acme", "jane-doe-handover");
        open(team.alice);
        Grids.click(grid(), r -> r.id() == jane.id());
        @SuppressWarnings("unchecked")
        ComboBox<Teammate> to = _get(ComboBox.class, spec -> spec.withLabel("Hand over to"));
        _setValue(to,
                to.getListDataView()
                    .getItems()
                    .filter(t -> t.displayName().equals("Bob Rep"))
                    .findFirst()
                    .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Hand over")));

        assertThat(notificationTexts()).contains("Jane Doe is now owned by Bob Rep.");
        var details = SignedInAs.call(users, team.bob.email(), () -> prospects.details(jane.id()));
        assertThat(details.ownerId()).isEqualTo(team.bob.id());
        assertThat(details.history().getFirst().describe()).isEqualTo("Handed over: Alice Rep → Bob Rep");
    }

    @Test
    void a_manager_reassigns_a_members_prospect_within_the_team() {
        var jane = team.add(team.alice, "Jane", "Doe", "Acme", "jane-doe-reassign");
        var moved = SignedInAs.call(users, team.manager.email(), () -> owners.handOver(jane.id(), team.bob.id()));
        assertThat(moved.ownerId()).isEqualTo(team.bob.id());
    }

    @Test
    void a_member_of_another_team_sees_none_of_these_prospects() {
        team.add(team.alice, "Jane", "Doe", "Acme", "jane-doe-other-team");
        var other = new ProspectFixtures(testData, prospects, users);
        open(other.alice);
        assertThat(Grids.items(grid())).isEmpty();
        assertThat(grid().getEmptyStateText()).startsWith("No prospects yet.");
    }

    @Test
    void on_a_phone_the_list_shows_one_summary_column_and_the_filters_fold_behind_one_button() {
        team.add(team.alice, "Jane", "Doe", "Acme Corporation", "jane-doe-phone");
        open(team.alice);
        var view = _get(ProspectsView.class);

        view.fitTo(390);
        assertThat(grid().getColumns().stream().filter(c -> c.isVisible()).map(c -> c.getKey()))
            .containsExactly("summary");
        assertThat(String.join(" ", Grids.row(grid(), r -> r.fullName().equals("Jane Doe")))).contains("Jane Doe",
                "New · ", "Acme Corporation");
        var toggle = _get(Button.class, spec -> spec.withClasses("filters-toggle"));
        var folded = toggle.getParent()
            .orElseThrow()
            .getChildren()
            .filter(c -> c.hasClassName("folded-filters"))
            .findFirst()
            .orElseThrow();
        assertThat(folded.hasClassName("open")).isFalse();
        _click(toggle);
        assertThat(folded.hasClassName("open")).as("the filters unfold").isTrue();
        stageBox().setValue(Stage.NEW);
        assertThat(toggle.getText()).isEqualTo("Filters (1)");
        _click(toggle);
        assertThat(folded.hasClassName("open")).isFalse();

        view.fitTo(1280);
        assertThat(grid().getColumns().stream().filter(c -> c.isVisible()).map(c -> c.getKey())).containsExactly("name",
                "headline", "company", "stage", "owner", "lastActivity");
    }

    @Test
    void a_prospect_of_another_team_gets_the_same_answer_as_one_that_does_not_exist() {
        var ada = team.add(team.alice, "Ada", "Lovelace", "Analytical", "ada-other-team");
        var outsider = testData.person("Olga Outsider", com.headroom.security.Role.MEMBER,
                testData.team("Elsewhere").id(), "Sales Navigator Core");
        login(outsider.email());

        UI.getCurrent().navigate("prospects", QueryParameters.of("open", String.valueOf(ada.id())));
        assertThat(notificationTexts()).containsExactly("That prospect no longer exists.");
        assertThat(_find(ProspectDialog.class)).isEmpty();

        NotificationsKt.clearNotifications();
        UI.getCurrent().navigate("prospects", QueryParameters.of("open", "987654321"));
        assertThat(notificationTexts()).containsExactly("That prospect no longer exists.");

        login(team.bob.email());
        NotificationsKt.clearNotifications();
        UI.getCurrent().navigate("prospects", QueryParameters.of("open", String.valueOf(ada.id())));
        _get(ProspectDialog.class);
    }

    private void open(TestData.Person person) {
        login(person.email());
        navigate("prospects");
        _get(ProspectsView.class);
    }

    private long countIn(TestData.Person person) {
        return SignedInAs.call(users, person.email(),
                () -> prospects.count(com.headroom.prospect.ProspectFilter.team(team.team.id())));
    }

    private static ProspectDraft withTags(ProspectDraft d, String... tags) {
        return new ProspectDraft(d.firstName(), d.lastName(), d.headline(), d.company(), d.profileUrl(), d.email(),
                d.emailStatus(), d.location(), d.industry(), d.icpFit(), Set.of(tags), d.sharedNotes());
    }

    private static List<String> names() {
        return Grids.items(grid()).stream().map(ProspectRow::fullName).toList();
    }

    /** The chips as the browser draws them (the pipeline's markup). */
    private static org.jsoup.select.Elements chipElements() {
        String markup = _get(PipelineChips.class).getChildren()
            .filter(c -> c instanceof Html)
            .map(c -> ((Html) c).getInnerHtml())
            .findFirst()
            .orElseThrow(() -> new AssertionError("the pipeline shows no chips"));
        return Jsoup.parseBodyFragment(markup).select("button.pipeline-chip");
    }

    private static List<String> chips() {
        return chipElements().eachText();
    }

    private static List<String> pressedChips() {
        return chipElements().select("[aria-pressed=true]").eachText();
    }

    /** A click on the chip with this text, as the browser reports it. */
    private static void clickChip(String text) {
        var chip = chipElements().stream()
            .filter(c -> c.text().equals(text))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no chip reads " + text + ": " + chips()));
        var pipeline = _get(PipelineChips.class).getElement();
        var data = JsonNodeFactory.instance.objectNode().put(PipelineChips.CHIP, chip.attr("data-chip"));
        ElementUtilsKt._fireDomEvent(pipeline, new DomEvent(pipeline, "click", data));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProspectRow> grid() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<Object> stageBox() {
        return _get(Select.class, spec -> spec.withPredicate(s -> "Stage".equals(s.getAriaLabel().orElse(""))));
    }

    private static TextField search() {
        return _get(TextField.class, spec -> spec.withPlaceholder("Search name, company, headline"));
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

}
