package com.headroom.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.content.ContentDraft;
import com.headroom.content.ContentItem;
import com.headroom.content.ContentService;
import com.headroom.content.ContentType;
import com.headroom.outreach.Template;
import com.headroom.outreach.TemplateDraft;
import com.headroom.outreach.TemplateKind;
import com.headroom.outreach.TemplateService;
import com.headroom.prospect.ProspectFilter;
import com.headroom.prospect.ProspectOrigin;
import com.headroom.prospect.ProspectRow;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.ProspectSource;
import com.headroom.security.Role;
import com.headroom.team.TeamSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * "Log people you met" on an event item, and the follow-up template their first message
 * starts from.
 */
class MetPeopleDialogTest extends KaribuTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static final Instant WED = LocalDateTime.parse("2026-11-25T10:00").atZone(BERLIN).toInstant();

    @Autowired
    ContentService content;

    @Autowired
    com.headroom.content.ContentReview review;

    @Autowired
    ProspectService prospects;

    @Autowired
    TemplateService templates;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    TeamSummary team;

    TestData.Person manager;

    TestData.Person rep;

    @BeforeEach
    void aTeamAtAnEvent() {
        clock.set(WED);
        team = testData.team("Events UI");
        manager = testData.person("Erik Events", Role.MANAGER, team.id(), "Sales Navigator Core");
        rep = testData.member("Eva Events", team.id());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_rep_pastes_the_people_met_sees_what_is_left_out_and_why_and_the_rest_are_added() {
        var summit = item("Berlin Summit", ContentType.EVENT, WED.minusSeconds(86_400));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        login(rep.email());
        navigate("content");
        Grids.click(_get(Grid.class, spec -> spec.withClasses("content-beside")),
                i -> ((ContentItem) i).id() == summit.id());
        _click(_get(Button.class, spec -> spec.withText("Log people you met")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Met at")).getValue()).isEqualTo("Berlin Summit");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("People you met")),
                "Greta Hoffmann, Umbrella, Head of Sales, https://www.linkedin.com/in/greta-" + tag + "\n"
                        + "Tom Becker, Cyberdyne, VP Sales\n" + "Nadia Petrova\thttps://www.linkedin.com/in/nadia-"
                        + tag);
        _click(_get(Button.class, spec -> spec.withText("Check the lines")));
        _get(Paragraph.class, spec -> spec.withText("2 of 3 lines will be added."));
        _get(ListItem.class, spec -> spec.withText("Line 2 (Tom Becker, Cyberdyne, VP Sales): No LinkedIn profile"
                + " address: add it after the name (Headroom keeps one record per person by it)."));

        _click(_get(Button.class, spec -> spec.withText("Add them")));
        assertThat(notificationTexts()).contains("2 people added as met at Berlin Summit; 1 line left out.");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("People you met")).getValue())
            .as("the line left out stays to be fixed")
            .isEqualTo("Tom Becker, Cyberdyne, VP Sales");
        var added = testData.as(rep, () -> prospects.search(ProspectFilter.team(team.id()), PageRequest.of(0, 10)));
        assertThat(added).extracting(ProspectRow::fullName)
            .containsExactlyInAnyOrder("Greta Hoffmann", "Nadia Petrova");
        var greta = testData.as(rep, () -> prospects
            .details(added.stream().filter(r -> r.firstName().equals("Greta")).findFirst().orElseThrow().id()));
        assertThat(greta.origin())
            .isEqualTo(new ProspectOrigin(ProspectSource.EVENT, "Berlin Summit", LocalDate.of(2026, 11, 24)));
    }

    @Test
    void a_live_item_makes_its_people_met_at_a_live_and_their_first_message_starts_from_the_follow_up() {
        testData.as(manager, () -> templates.create(team.id(), new TemplateDraft(TemplateKind.MESSAGE,
                "Event follow-up message", null, "Great to meet you at [Event], [Name].")));
        var live = item("Ask me anything", ContentType.LIVE_VIDEO, WED.minusSeconds(3600));
        login(rep.email());
        navigate("content");
        Grids.click(_get(Grid.class, spec -> spec.withClasses("content-beside")),
                i -> ((ContentItem) i).id() == live.id());
        _click(_get(Button.class, spec -> spec.withText("Log people you met")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("People you met")),
                "Lina Live, https://www.linkedin.com/in/lina-" + UUID.randomUUID());
        _click(_get(Button.class, spec -> spec.withText("Add them")));
        assertThat(notificationTexts()).contains("1 person added as met at Ask me anything.");

        com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.dialog.Dialog.class)
            .forEach(com.vaadin.flow.component.dialog.Dialog::close);
        navigate("prospects");
        Grids.click(_get(Grid.class), r -> ((ProspectRow) r).firstName().equals("Lina"));
        _click(_get(Button.class, spec -> spec.withText("Message sent…")));
        @SuppressWarnings("unchecked")
        ComboBox<Template> template = _get(ComboBox.class, spec -> spec.withLabel("Template"));
        assertThat(template.getValue().name()).isEqualTo("Event follow-up message");
        assertThat(_get(TextField.class, spec -> spec.withLabel("[Event]")).getValue()).isEqualTo("Ask me anything");
        assertThat(_get(TextArea.class, spec -> spec.withPredicate(a -> a.getLabel().startsWith("Message"))).getValue())
            .isEqualTo("Great to meet you at Ask me anything, Lina.");
    }

    @Test
    void without_a_follow_up_message_the_form_preselects_nothing() {
        var p = testData.as(rep,
                () -> prospects.add(team.id(),
                        com.headroom.prospect.ProspectFixtures.draft("Olaf", "Open", "Acme",
                                "https://www.linkedin.com/in/olaf-" + UUID.randomUUID()),
                        new ProspectOrigin(ProspectSource.WEBINAR, "Hygiene", LocalDate.of(2026, 11, 20))));
        login(rep.email());
        navigate("prospects");
        Grids.click(_get(Grid.class), r -> ((ProspectRow) r).id() == p.id());
        _click(_get(Button.class, spec -> spec.withText("Message sent…")));
        @SuppressWarnings("unchecked")
        ComboBox<Template> template = _get(ComboBox.class, spec -> spec.withLabel("Template"));
        assertThat(template.getValue()).isNull();
    }

    private ContentItem item(String title, ContentType type, Instant at) {
        return testData.as(rep, () -> {
            var item = content.create(team.id(), new ContentDraft(type, null, title, title + "\nMore.", "", at));
            review.submit(item.id());
            return content.publish(item.id(), null, at);
        });
    }

}
