package com.headroom.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.headroom.Grids;
import com.headroom.KaribuTest;
import com.headroom.SignedInAs;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.content.AnalyticsRow;
import com.headroom.content.ContentDraft;
import com.headroom.content.ContentItem;
import com.headroom.content.ContentService;
import com.headroom.content.ContentStatus;
import com.headroom.content.ContentType;
import com.headroom.content.Snapshot;
import com.headroom.security.Role;
import com.headroom.team.TeamSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.headroom.prospect.ProspectFixtures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import tools.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The content planner as authors and managers use it. */
class ContentViewsTest extends KaribuTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Wednesday 25 November 2026, 10:00 in Berlin. */
    static final Instant WED = LocalDateTime.parse("2026-11-25T10:00").atZone(BERLIN).toInstant();

    @Autowired
    ContentService content;

    @Autowired
    com.headroom.content.ContentReview review;

    @Autowired
    com.headroom.content.ContentPerformance performance;

    @Autowired
    com.headroom.content.ContentTeamSettings settings;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    UserDetailsService users;

    @Autowired
    com.headroom.prospect.ProspectService prospects;

    TeamSummary team;

    TestData.Person manager;

    TestData.Person author;

    TestData.Person colleague;

    @BeforeEach
    void aTeamThatPosts() {
        clock.set(WED);
        team = testData.team("Content UI");
        manager = testData.person("Mia Manager", Role.MANAGER, team.id(), "Sales Navigator Core");
        author = testData.member("Ada Author", team.id());
        colleague = testData.member("Cole League", team.id());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void an_item_goes_from_idea_to_draft_to_review_to_scheduled_to_published() {
        SignedInAs.run(users, manager.email(), () -> settings.setRequireReview(team.id(), true));
        login(author.email());
        navigate("content");
        _click(button("New item"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "How do you qualify?");
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Goes out")), LocalDateTime.of(2026, 11, 27, 9, 0));
        _click(button("Save"));
        assertThat(notificationTexts()).contains("Idea saved. Write the text when you are ready.");

        _setValue(body(), "How do you qualify a lead in five minutes?\nTell me below.");
        _click(button("Send for review"));
        assertThat(notificationTexts()).contains("Sent to your managers for review.");
        var item = onlyItem();
        assertThat(item.status()).isEqualTo(ContentStatus.IN_REVIEW);

        // A colleague sees it, but has nothing to approve it with.
        openPlanner(colleague);
        Grids.click(beside(), i -> i.id() == item.id());
        _assertNone(Button.class, spec -> spec.withText("Approve"));

        openPlanner(manager);
        Grids.click(beside(), i -> i.id() == item.id());
        _click(button("Send back"));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Comment for the author")).getErrorMessage())
            .isEqualTo("Tell the author what to change.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Comment for the author")), "Open with a number");
        _click(button("Send back"));
        assertThat(notificationTexts()).contains("Sent back to Ada Author.");

        openPlanner(author);
        Grids.click(beside(), i -> i.id() == item.id());
        assertThat(texts(Paragraph.class)).contains("Sent back by Mia Manager: \"Open with a number\"");
        _setValue(body(), "3 questions qualify a lead in five minutes.\nWhich do you ask?");
        _click(button("Send for review"));

        openPlanner(manager);
        Grids.click(beside(), i -> i.id() == item.id());
        _click(button("Approve"));
        assertThat(notificationTexts()).contains("Approved: scheduled for Fri 27 Nov 2026 09:00 (Europe/Berlin time).");

        openPlanner(author);
        Grids.click(beside(), i -> i.id() == item.id());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Link to the post on LinkedIn")),
                "https://www.linkedin.com/posts/ada-author_activity-42");
        _click(button("Mark as published"));
        assertThat(notificationTexts()).contains("Published. Log how it does after a day and after a week.");
        assertThat(onlyItem().status()).isEqualTo(ContentStatus.PUBLISHED);
    }

    @Test
    void after_approving_the_manager_reads_when_it_is_scheduled_and_only_a_published_item_is_live() {
        clock.set(LocalDateTime.parse("2026-12-07T10:00").atZone(BERLIN).toInstant());
        SignedInAs.run(users, manager.email(), () -> settings.setRequireReview(team.id(), true));
        var item = testData.as(author,
                () -> review.submit(
                        content
                            .create(team.id(),
                                    new ContentDraft(ContentType.QUESTION, null, "Which pricing page made you buy?",
                                            "Which pricing page made you buy?\nTell me below.", "",
                                            LocalDateTime.parse("2026-12-10T09:00").atZone(BERLIN).toInstant()))
                            .id()));

        openPlanner(manager);
        Grids.click(beside(), i -> i.id() == item.id());
        assertThat(texts(Paragraph.class)).contains("In review: waiting for a manager's approval · by Ada Author");
        _click(button("Approve"));
        assertThat(notificationTexts()).contains("Approved: scheduled for Thu 10 Dec 2026 09:00 (Europe/Berlin time).");
        assertThat(texts(Paragraph.class))
            .contains("Scheduled for Thu 10 Dec 2026 09:00 (Europe/Berlin time) · by Ada Author");
        assertThat(texts(H3.class)).contains("Once it is on LinkedIn");
        assertThat(wordsOnScreen()).noneMatch(text -> text.matches("(?is).*\\blive\\b.*"));

        clock.set(LocalDateTime.parse("2026-12-10T09:05").atZone(BERLIN).toInstant());
        openPlanner(author);
        Grids.click(beside(), i -> i.id() == item.id());
        _click(button("Mark as published"));
        assertThat(texts(Paragraph.class))
            .contains("Published: live on LinkedIn since Thu 10 Dec 2026 09:05 (Europe/Berlin time) · by Ada Author");
    }

    @Test
    void the_counter_and_the_fold_preview_count_characters_as_people_see_them() {
        login(author.email());
        navigate("content");
        _click(button("New item"));
        // "é" as e + combining accent, a thumb with a skin tone, a family (ZWJ): one
        // character each.
        String first = "Cafe\u0301 \uD83D\uDC4D\uD83C\uDFFD \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        _setValue(body(), first + "\n" + "x".repeat(300));
        assertThat(counter()).isEqualTo("309 of 3,000 characters");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("fold-preview")).getText())
            .isEqualTo(first + "\n" + "x".repeat(201) + "… see more");
        _setValue(body(), "x".repeat(3001));
        assertThat(counter()).isEqualTo("3,001 of 3,000 characters: 1 too many");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hashtags")), "#a #b #c #d #e #f");
        assertThat(texts(ListItem.class)).contains("3,001 characters: LinkedIn allows 3,000 for a post. Cut 1.",
                "6 hashtags: use at most 5; more look like spam and spread nobody further.");
    }

    @Test
    void dragging_an_item_to_another_day_moves_it_and_keeps_its_time() {
        var item = testData.as(author, () -> content.create(team.id(), new ContentDraft(ContentType.QUESTION, null,
                "Move me", "Text", "", LocalDateTime.of(2026, 11, 26, 8, 30).atZone(BERLIN).toInstant())));
        login(author.email());
        navigate("content");
        var chip = calendarShown().selectFirst("[data-day=2026-11-26] > .content-chip");
        assertThat(chip.text()).isEqualTo("08:30 Move me");
        assertThat(chip.attr("draggable")).isEqualTo("true");
        // What the browser reports when the chip is dropped on Friday: the day under the
        // pointer and the item the drag carries.
        onCalendar("drop", Map.of(ContentCalendar.DAY, "2026-11-27", ContentCalendar.DRAGGED, chip.attr("data-item")));

        assertThat(notificationTexts()).contains("Moved \"Move me\" to Fri 27 Nov 2026.");
        var moved = testData.as(author, () -> content.find(item.id()));
        assertThat(moved.plannedAt()).isEqualTo(LocalDateTime.of(2026, 11, 27, 8, 30).atZone(BERLIN).toInstant());
        assertThat(calendarShown().select("[data-day=2026-11-27] > .content-chip").eachText())
            .containsExactly("08:30 Move me");
        assertThat(calendarShown().select("[data-day=2026-11-26] > .content-chip")).isEmpty();
    }

    @Test
    void the_calendar_counts_the_gaps_against_the_cadence_and_lists_them_when_opened() {
        testData.as(manager, () -> settings.addCadence(team.id(), com.headroom.content.Cadence.perMember(1)));
        login(author.email());
        navigate("content");

        var details = _get(com.vaadin.flow.component.details.Details.class);
        assertThat(details.getSummaryText())
            .matches("\\d+ gaps and 0 slips against your team's cadence in this period");
        assertThat(_find(ListItem.class)).isEmpty();
        details.setOpened(true);
        assertThat(texts(ListItem.class)).contains("Ada Author: 0 of 1 posts planned in the week of Mon 23 Nov 2026.")
            .hasSize(Integer.parseInt(details.getSummaryText().split(" ")[0]));
        // The day of the week's gap says so.
        assertThat(calendarShown().select(".calendar-day > .finding-gap").eachAttr("title"))
            .anyMatch(title -> title.contains("Ada Author: 0 of 1 posts planned in the week of Mon 23 Nov 2026."));
    }

    @Test
    void a_title_that_looks_like_markup_shows_as_text_on_the_calendar() {
        String title = "<img src=x onerror=alert(1)> \"Q&A\" it's <b>live</b>";
        testData.as(author, () -> content.create(team.id(), new ContentDraft(ContentType.QUESTION, null, title, "Text",
                "", LocalDateTime.of(2026, 11, 26, 8, 30).atZone(BERLIN).toInstant())));
        login(author.email());
        navigate("content");

        var days = calendarShown();
        assertThat(days.select("img, b")).isEmpty();
        assertThat(days.selectFirst("[data-day=2026-11-26] > .content-chip").text()).isEqualTo("08:30 " + title);
    }

    @Test
    void a_drop_names_only_an_item_on_show_and_a_day() {
        var item = testData.as(author, () -> content.create(team.id(), new ContentDraft(ContentType.QUESTION, null,
                "Stay put", "Text", "", LocalDateTime.of(2026, 11, 26, 8, 30).atZone(BERLIN).toInstant())));
        login(author.email());
        navigate("content");

        // What a crafted message could claim: an item this calendar does not show, a day
        // that is no date, no day at all.
        onCalendar("drop", Map.of(ContentCalendar.DAY, "2026-11-27", ContentCalendar.DRAGGED, "999999999"));
        onCalendar("drop",
                Map.of(ContentCalendar.DAY, "next friday", ContentCalendar.DRAGGED, Long.toString(item.id())));
        onCalendar("drop", Map.of(ContentCalendar.DRAGGED, Long.toString(item.id())));

        assertThat(notificationTexts()).noneMatch(text -> text.startsWith("Moved"));
        assertThat(testData.as(author, () -> content.find(item.id())).plannedAt())
            .isEqualTo(LocalDateTime.of(2026, 11, 26, 8, 30).atZone(BERLIN).toInstant());
        _assertNone(com.vaadin.flow.component.dialog.Dialog.class);
    }

    @Test
    void clicking_a_day_plans_a_new_item_there_and_clicking_an_item_opens_only_that_item() {
        testData.as(author, () -> content.create(team.id(), new ContentDraft(ContentType.QUESTION, null, "Open me",
                "Text", "", LocalDateTime.of(2026, 11, 26, 8, 30).atZone(BERLIN).toInstant())));
        login(author.email());
        navigate("content");

        onCalendar("click", Map.of(ContentCalendar.DAY, "2026-11-27"));
        var dialogs = _find(com.vaadin.flow.component.dialog.Dialog.class);
        assertThat(dialogs).hasSize(1);
        assertThat(dialogs.getFirst().getHeaderTitle()).isEqualTo("New item");
        assertThat(_get(DateTimePicker.class).getValue()).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 0));
        closeDialogs();

        var chip = calendarShown().selectFirst("[data-day=2026-11-26] > .content-chip");
        // A click on a chip is also on its day: the item wins.
        onCalendar("click", Map.of(ContentCalendar.DAY, "2026-11-26", ContentCalendar.ITEM, chip.attr("data-item")));
        dialogs = _find(com.vaadin.flow.component.dialog.Dialog.class);
        assertThat(dialogs).hasSize(1);
        assertThat(dialogs.getFirst().getHeaderTitle()).isEqualTo("Open me");
    }

    @Test
    void figures_are_logged_on_a_published_item_and_the_analytics_show_them() {
        var question = publish("Which page made you buy?", ContentType.QUESTION, WED.minus(Duration.ofDays(3)));
        var insight = publish("Three trends", ContentType.INDUSTRY_INSIGHT, WED.minus(Duration.ofDays(2)));
        testData.as(author, () -> performance.logSnapshot(insight.id(), new Snapshot(null, 1000, 20, 5, 5, 1, 10, 1)));

        login(author.email());
        navigate("content");
        Grids.click(beside(), i -> i.id() == question.id());
        setFigure("Impressions", 4000);
        setFigure("Reactions", 100);
        setFigure("Comments", 40);
        setFigure("Reposts", 20);
        setFigure("Followers gained", 8);
        setFigure("Profile views", 120);
        setFigure("Connection requests received", 5);
        _click(button("Log these figures"));
        assertThat(notificationTexts()).contains("Logged.");

        closeDialogs();
        navigate("content/analytics");
        @SuppressWarnings("unchecked")
        Grid<AnalyticsRow> table = _get(Grid.class);
        assertThat(Grids.items(table)).containsExactly(
                new AnalyticsRow("Question post", 1, 1, 4000, 160 / 4000.0, 5.0, 8.0, 5),
                new AnalyticsRow("Industry insight", 1, 1, 1000, 30 / 1000.0, 1.0, 1.0, 1));
        assertThat(Grids.row(table, r -> r.group().equals("Question post"))).containsExactly("Question post", "1",
                "4,000", "4.0%", "5.0", "8.0");
        assertThat(texts(Paragraph.class))
            .contains("2 posts brought 6 connection requests; most per post: Question" + " post.");
        assertThat(_get(Image.class).getSrc()).startsWith("data:image/svg+xml;base64,");
    }

    @Test
    void a_connection_request_after_a_post_is_logged_from_the_prospect_and_counted_for_the_post() {
        var post = publish("Which page made you buy?", ContentType.QUESTION, WED.minus(Duration.ofDays(2)));
        var jane = testData.as(author, () -> prospects.add(team.id(), ProspectFixtures.draft("Jane", "Doe", "Acme",
                "https://www.linkedin.com/in/jane-" + java.util.UUID.randomUUID())));
        login(author.email());
        com.vaadin.flow.component.UI.getCurrent()
            .navigate("prospects", com.vaadin.flow.router.QueryParameters.of("open", Long.toString(jane.id())));

        _click(button("Log the request"));
        @SuppressWarnings("unchecked")
        ComboBox<ContentItem> after = _get(ComboBox.class,
                spec -> spec.withLabel("They sent a connection request after the post"));
        assertThat(after.getErrorMessage()).isEqualTo("Choose the post");
        assertThat(testData.as(author, () -> performance.inboundLogged(post.id()))).isZero();

        _setValue(after, after.getListDataView().getItems().filter(i -> i.id() == post.id()).findFirst().orElseThrow());
        _click(button("Log the request"));
        assertThat(notificationTexts()).contains("Logged: counted for \"Which page made you buy?\".");
        assertThat(texts(Paragraph.class))
            .contains("Jane sent a connection request after: \"Which page made you" + " buy?\".");
        assertThat(testData.as(author, () -> performance.inboundLogged(post.id()))).isEqualTo(1);
        assertThat(testData.as(author,
                () -> performance.analytics(team.id(), java.time.LocalDate.of(2026, 11, 1),
                        java.time.LocalDate.of(2026, 12, 1), com.headroom.content.ContentFigures.Dimension.TYPE)))
            .extracting(AnalyticsRow::inboundRequests)
            .containsExactly(1);
    }

    // ---- Helpers. ----

    private ContentItem publish(String title, ContentType type, Instant at) {
        return testData.as(author, () -> {
            var item = content.create(team.id(), new ContentDraft(type, null, title, title + "\nMore.", "", at));
            review.submit(item.id());
            return content.publish(item.id(), null, at);
        });
    }

    /**
     * Signs in as someone else and opens the planner afresh, as they would in their own
     * browser.
     */
    private void openPlanner(TestData.Person person) {
        closeDialogs();
        login(person.email());
        navigate("");
        navigate("content");
    }

    private static void closeDialogs() {
        _find(com.vaadin.flow.component.dialog.Dialog.class).forEach(com.vaadin.flow.component.dialog.Dialog::close);
    }

    private void setFigure(String label, int value) {
        _setValue(_get(IntegerField.class, spec -> spec.withLabel(label)), value);
    }

    private ContentItem onlyItem() {
        var items = testData.as(author, () -> content.page(com.headroom.content.ContentFilter.team(team.id()), 0, 10));
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    /** The month as the browser draws it: the markup the calendar sent. */
    private static org.jsoup.nodes.Element calendarShown() {
        var days = _get(ContentCalendar.class).getChildren()
            .filter(c -> c instanceof com.vaadin.flow.component.Html)
            .map(c -> ((com.vaadin.flow.component.Html) c).getInnerHtml())
            .findFirst()
            .orElseThrow(() -> new AssertionError("the calendar shows no days"));
        return org.jsoup.Jsoup.parseBodyFragment(days).body();
    }

    /**
     * An event on the calendar as the browser sends it: the calendar listens once and
     * reads from the event which day and which item it was on.
     */
    private static void onCalendar(String event, Map<String, String> data) {
        var calendar = _get(ContentCalendar.class).getElement();
        var json = JsonNodeFactory.instance.objectNode();
        data.forEach(json::put);
        ElementUtilsKt._fireDomEvent(calendar, new DomEvent(calendar, event, json));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ContentItem> beside() {
        return _get(Grid.class, spec -> spec.withClasses("content-beside"));
    }

    private static TextArea body() {
        return _get(TextArea.class, spec -> spec.withLabel("Text"));
    }

    private static String counter() {
        return _find(Span.class, spec -> spec.withClasses("char-counter")).getFirst().getText();
    }

    private static Button button(String text) {
        return _find(Button.class, spec -> spec.withText(text)).getLast();
    }

    /**
     * Headings, paragraphs and toasts: the sentences a person reads (not the kinds
     * offered in a list).
     */
    private static List<String> wordsOnScreen() {
        var words = new java.util.ArrayList<>(texts(H3.class));
        words.addAll(texts(Paragraph.class));
        words.addAll(notificationTexts());
        return words;
    }

    private static <T extends Component & HasText> List<String> texts(Class<T> type) {
        return _find(type).stream().map(HasText::getText).toList();
    }

}
