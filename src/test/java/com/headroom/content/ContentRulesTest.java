package com.headroom.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.HeadroomTest;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.base.AuditEntry;
import com.headroom.base.AuditLog;
import com.headroom.base.RuleViolation;
import com.headroom.content.ContentFigures.Dimension;
import com.headroom.prospect.ProspectService;
import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The content planner's rules through its service: review, publishing, figures,
 * permissions.
 */
@HeadroomTest
class ContentRulesTest {

    /** Wednesday 25 November 2026, 09:00 UTC (10:00 in Berlin). */
    static final Instant WED = Instant.parse("2026-11-25T09:00:00Z");

    @Autowired
    ContentService content;

    @Autowired
    com.headroom.content.ContentReview review;

    @Autowired
    com.headroom.content.ContentPerformance performance;

    @Autowired
    com.headroom.content.ContentTeamSettings settings;

    @Autowired
    ProspectService prospects;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TeamSummary team;

    TestData.Person manager;

    TestData.Person author;

    TestData.Person colleague;

    @BeforeEach
    void aTeamThatPosts() {
        clock.set(WED);
        team = testData.team("Content");
        manager = testData.person("Mia Manager", Role.MANAGER, team.id(), "Sales Navigator Core");
        author = testData.member("Ada Author", team.id());
        colleague = testData.member("Cole League", team.id());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void with_review_an_item_goes_from_idea_to_published_through_a_managers_approval() {
        testData.as(manager, () -> settings.setRequireReview(team.id(), true));
        var idea = testData.as(author, () -> content.create(team.id(),
                ContentDraft.idea(ContentType.QUESTION, "How do you qualify?", WED.plus(Duration.ofDays(2)))));
        assertThat(idea.status()).isEqualTo(ContentStatus.IDEA);
        var draft = testData
            .as(author, () -> content.update(idea.id(), idea.version(), new ContentDraft(ContentType.QUESTION, null,
                    "How do you qualify?", "How do you qualify a lead in five minutes?", "#sales", idea.plannedAt())));
        assertThat(draft.status()).isEqualTo(ContentStatus.DRAFT);

        var inReview = testData.as(author, () -> review.submit(draft.id()));
        assertThat(inReview.status()).isEqualTo(ContentStatus.IN_REVIEW);
        assertThatThrownBy(() -> testData.as(colleague, () -> review.approve(draft.id())))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.as(author, () -> review.approve(draft.id())))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.as(author, () -> content.publish(draft.id(), null, null)))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("\"How do you qualify?\" waits for a manager's review before it goes out.");

        var back = testData.as(manager, () -> review.sendBack(draft.id(), "Add a number to the first line"));
        assertThat(back.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(back.reviewComment()).isEqualTo("Add a number to the first line");
        testData.as(author, () -> review.submit(draft.id()));
        var scheduled = testData.as(manager, () -> review.approve(draft.id()));
        assertThat(scheduled.status()).isEqualTo(ContentStatus.SCHEDULED);
        assertThat(SystemAuthentication.callAsSystem(() -> auditLog.historyOf(ContentReview.AUDIT_SUBJECT, draft.id())))
            .extracting(AuditEntry::action)
            .contains("Sent back", "Approved");

        assertThatThrownBy(
                () -> testData.as(author, () -> content.publish(draft.id(), "https://evil.example/post", null)))
            .isInstanceOf(RuleViolation.class)
            .hasMessageStartingWith("Paste the post's address from LinkedIn");
        var live = testData.as(author,
                () -> content.publish(draft.id(), "https://www.linkedin.com/posts/ada-author_activity-1", null));
        assertThat(live.status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(live.publishedAt()).isEqualTo(WED);
    }

    @Test
    void without_review_a_draft_is_scheduled_at_once_but_not_without_text_a_day_or_room() {
        var item = testData.as(author,
                () -> content.create(team.id(), ContentDraft.idea(ContentType.EDUCATIONAL, "Tips", null)));
        assertThatThrownBy(() -> testData.as(author, () -> review.submit(item.id())))
            .hasMessage("Write the text before you schedule it.");
        var noDay = testData.as(author, () -> content.update(item.id(), item.version(),
                new ContentDraft(ContentType.EDUCATIONAL, null, "Tips", "x".repeat(3001), "", null)));
        assertThatThrownBy(() -> testData.as(author, () -> review.submit(item.id())))
            .hasMessage("Choose the day it should go out.");
        testData.as(author, () -> content.update(item.id(), noDay.version(), new ContentDraft(ContentType.EDUCATIONAL,
                null, "Tips", "x".repeat(3001), "", WED.plus(Duration.ofDays(1)))));
        assertThatThrownBy(() -> testData.as(author, () -> review.submit(item.id())))
            .hasMessage("The text has 3,001 characters; LinkedIn allows 3,000. Shorten it first.");
    }

    @Test
    void only_the_author_or_a_manager_changes_an_item_and_two_editors_never_overwrite_each_other() {
        var item = testData.as(author,
                () -> content.create(team.id(), new ContentDraft(ContentType.QUESTION, null, "Mine", "Text", "", WED)));
        assertThatThrownBy(() -> testData.as(colleague, () -> content.update(item.id(), item.version(), item.draft())))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(testData.as(colleague, () -> content.find(item.id())).mayEdit()).isFalse();
        testData.as(manager, () -> content.move(item.id(), item.version(), WED.plus(Duration.ofDays(3))));
        assertThatThrownBy(() -> testData.as(author, () -> content.update(item.id(), item.version(), item.draft())))
            .hasMessageStartingWith("Someone else changed \"Mine\" while you were editing.");
        var other = testData.team("Elsewhere");
        assertThatThrownBy(() -> testData.as(author, () -> content.page(ContentFilter.team(other.id()), 0, 10)))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void figures_logged_after_publishing_and_requests_logged_from_prospects_feed_the_analytics() {
        var post = publish("Which pricing page made you buy?", ContentType.QUESTION, WED.minus(Duration.ofDays(3)));
        var article = publish("The quarter in numbers", ContentType.ARTICLE, WED.minus(Duration.ofDays(2)));
        testData.as(author, () -> performance.logSnapshot(post.id(),
                new Snapshot(WED.minus(Duration.ofDays(2)), 1000, 30, 10, 0, 2, 40, 1)));
        testData.as(author, () -> performance.logSnapshot(post.id(), new Snapshot(null, 3000, 60, 25, 5, 6, 90, 2)));
        assertThatThrownBy(() -> testData.as(author,
                () -> performance.logSnapshot(article.id(),
                        new Snapshot(WED.minus(Duration.ofDays(5)), 1, 0, 0, 0, 0, 0, 0))))
            .hasMessage("Measured between its publishing and now.");
        assertThatThrownBy(() -> testData.as(author,
                () -> performance.logSnapshot(article.id(), new Snapshot(null, -1, 0, 0, 0, 0, 0, 0))))
            .hasMessage("Can't be negative");

        for (String name : new String[] { "Ann", "Ben", "Cid" }) {
            var p = testData.prospect(author, team.id(), name, "Lee", "Acme");
            assertThat(testData.as(author, () -> performance.logInboundRequest(post.id(), p.id()))).isTrue();
            assertThat(testData.as(author, () -> performance.logInboundRequest(post.id(), p.id()))).isFalse();
        }

        var rows = testData.as(author, () -> performance.analytics(team.id(), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1), Dimension.TYPE));
        // The question: latest snapshot 3,000 impressions, 90 engaged; 3 requests logged
        // one by one beat the 2.
        assertThat(rows).containsExactly(new AnalyticsRow("Question post", 1, 1, 3000, 90 / 3000.0, 3.0, 6.0, 3),
                new AnalyticsRow("Article", 1, 0, 0, 0.0, 0.0, 0.0, 0));
    }

    @Test
    void managers_set_the_cadence_and_the_planner_shows_the_gaps() {
        assertThatThrownBy(() -> testData.as(author, () -> settings.addCadence(team.id(), Cadence.perMember(2))))
            .isInstanceOf(AccessDeniedException.class);
        testData.as(manager, () -> settings.addCadence(team.id(), Cadence.perMember(1)));
        testData.as(author, () -> content.create(team.id(),
                new ContentDraft(ContentType.QUESTION, null, "One", "Text", "", WED.plus(Duration.ofDays(1)))));
        var findings = testData.as(author,
                () -> settings.findings(team.id(), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)));
        assertThat(findings).extracting(CadenceFinding::sentence)
            .containsExactlyInAnyOrder("Mia Manager: 0 of 1 posts planned in the week of Mon 23 Nov 2026.",
                    "Cole League: 0 of 1 posts planned in the week of Mon 23 Nov 2026.");
    }

    @Test
    void a_calendar_page_that_ends_on_a_due_day_sees_the_edition_planned_in_the_week_after() {
        testData.as(manager, () -> settings.addCadence(team.id(),
                Cadence.recurring(ContentType.NEWSLETTER, java.time.DayOfWeek.TUESDAY, 2, LocalDate.of(2026, 11, 3))));
        // Tue 8 Dec 2026, 08:00 in Berlin: one week after the edition due on Tue 1 Dec
        // 2026.
        testData.as(author, () -> content.create(team.id(), ContentDraft.idea(ContentType.NEWSLETTER,
                "The quarter in numbers", Instant.parse("2026-12-08T07:00:00Z"))));
        // November's page runs from Mon 26 Oct 2026 to Sun 6 Dec 2026.
        var findings = testData.as(author,
                () -> settings.findings(team.id(), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 12, 7)));
        assertThat(findings).extracting(CadenceFinding::sentence)
            .containsExactly("Newsletter edition due Tue 3 Nov 2026: nothing planned from that day to Tue 10 Nov 2026.",
                    "Newsletter edition due Tue 17 Nov 2026: nothing planned from that day to Tue 24 Nov 2026.",
                    "Newsletter edition due Tue 1 Dec 2026 is planned for Tue 8 Dec 2026.");
    }

    @Test
    void a_week_counts_all_its_items_when_the_period_asked_for_starts_midweek() {
        testData.as(manager, () -> settings.addCadence(team.id(), Cadence.perMember(1)));
        for (var person : java.util.List.of(manager, author, colleague)) {
            // Monday 23 November, 10:00 in Berlin.
            testData.as(person, () -> content.create(team.id(), ContentDraft.idea(ContentType.QUESTION,
                    "Monday's question", Instant.parse("2026-11-23T09:00:00Z"))));
        }
        var findings = testData.as(author,
                () -> settings.findings(team.id(), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 28)));
        assertThat(findings).as("everyone has a post on the Monday of the week").isEmpty();
    }

    private ContentItem publish(String title, ContentType type, Instant at) {
        return testData.as(author, () -> {
            var item = content.create(team.id(), new ContentDraft(type, null, title, title + "\nMore.", "", at));
            review.submit(item.id());
            return content.publish(item.id(), null, at);
        });
    }

}
