package com.headroom.content;

import static com.headroom.content.ContentItems.blank;

import com.headroom.base.InputValidator;
import com.headroom.base.RuleViolation;
import com.headroom.content.ContentStore.Row;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import com.headroom.team.AccountService;
import com.headroom.team.TeamService;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's content calendar: items from idea to published, planned on a day and moved
 * about. The way through review is {@link ContentReview}, how items did after publishing
 * is {@link ContentPerformance}, and the team's topics, cadence and review rule are
 * {@link ContentTeamSettings}.
 */
@Service
@SignedIn
public class ContentService {

    /**
     * How far back the planner looks for items whose day passed without them being
     * published.
     */
    static final Duration SLIP_HORIZON = Duration.ofDays(60);

    private final ContentStore store;

    private final ContentItems items;

    private final TeamService teams;

    private final AccountService accounts;

    private final InputValidator validator;

    private final Clock clock;

    ContentService(ContentStore store, ContentItems items, TeamService teams, AccountService accounts,
            InputValidator validator, Clock clock) {
        this.store = store;
        this.items = items;
        this.teams = teams;
        this.accounts = accounts;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ContentTeam team(long teamId) {
        var me = items.requireTeam(teamId);
        var name = teams.choices().stream().filter(c -> c.id() == teamId).findFirst().map(c -> c.name()).orElse("");
        var authors = accounts.teammates(teamId)
            .stream()
            .filter(t -> t.active() && t.role() != Role.ADMIN)
            .map(t -> new ContentTeam.Author(t.id(), t.displayName()))
            .toList();
        return new ContentTeam(teamId, name, items.zone(teamId), store.requireReview(teamId), items.manages(me, teamId),
                store.topics(teamId), authors);
    }

    @Transactional(readOnly = true)
    public List<ContentItem> page(ContentFilter filter, int offset, int limit) {
        var me = items.requireTeam(filter.teamId());
        var names = items.names(filter.teamId());
        return store.page(filter, offset, limit).stream().map(r -> items.item(r, me, names)).toList();
    }

    @Transactional(readOnly = true)
    public int count(ContentFilter filter) {
        items.requireTeam(filter.teamId());
        return store.count(filter);
    }

    /**
     * The filtered items planned or published in [from, to), for a month or week on the
     * calendar.
     */
    @Transactional(readOnly = true)
    public List<ContentItem> between(ContentFilter filter, Instant from, Instant to) {
        var me = items.requireTeam(filter.teamId());
        if (Duration.between(from, to).toDays() > 45) {
            throw new IllegalArgumentException("A calendar page spans at most six weeks");
        }
        var names = items.names(filter.teamId());
        return store.between(filter, from, to).stream().map(r -> items.item(r, me, names)).toList();
    }

    @Transactional(readOnly = true)
    public ContentItem find(long id) {
        return items.find(id);
    }

    /** A new item by the signed-in person: an idea while it has no text, else a draft. */
    @Transactional
    public ContentItem create(long teamId, ContentDraft draft) {
        var me = items.requireTeam(teamId);
        check(teamId, draft);
        var status = blank(draft.body()) ? ContentStatus.IDEA : ContentStatus.DRAFT;
        long id = store.insert(teamId, me.accountId(), status, clean(draft), clock.instant());
        return find(id);
    }

    /**
     * Changes the text, type, topic or day of an idea or draft; writing text makes an
     * idea a draft.
     */
    @Transactional
    public ContentItem update(long id, long expectedVersion, ContentDraft draft) {
        var row = items.row(id);
        items.requireEditor(row);
        check(row.teamId(), draft);
        boolean reviewed = store.requireReview(row.teamId());
        boolean editable = row.status().editable() || (row.status() == ContentStatus.SCHEDULED && !reviewed);
        if (!editable) {
            throw new RuleViolation("\"" + row.title() + "\" is " + row.status().label().toLowerCase(Locale.ROOT)
                    + ". Take it back to draft to change it.");
        }
        var status = row.status() == ContentStatus.IDEA && !blank(draft.body()) ? ContentStatus.DRAFT : row.status();
        if (!store.update(id, expectedVersion, status, clean(draft), clock.instant())) {
            throw stale(row);
        }
        return find(id);
    }

    /**
     * Moves an item to another day or time (from the calendar); published ones stay where
     * they went out.
     */
    @Transactional
    public ContentItem move(long id, long expectedVersion, Instant plannedAt) {
        var row = items.row(id);
        items.requireEditor(row);
        if (row.status() == ContentStatus.PUBLISHED || row.status() == ContentStatus.ARCHIVED) {
            throw new RuleViolation("\"" + row.title() + "\" is " + row.status().label().toLowerCase(Locale.ROOT)
                    + ": it stays where it is.");
        }
        if (plannedAt == null) {
            throw new RuleViolation("plannedAt", "Choose the day it should go out.");
        }
        if (!store.move(id, expectedVersion, plannedAt, clock.instant())) {
            throw stale(row);
        }
        return find(id);
    }

    /**
     * It is live on LinkedIn: the link to the post, and when it went out (now when not
     * given).
     */
    @Transactional
    public ContentItem publish(long id, String url, Instant publishedAt) {
        var row = items.row(id);
        items.requireEditor(row);
        if (row.status() != ContentStatus.SCHEDULED) {
            throw new RuleViolation(store.requireReview(row.teamId()) && row.status() == ContentStatus.IN_REVIEW
                    ? "\"" + row.title() + "\" waits for a manager's review before it goes out."
                    : "Schedule \"" + row.title() + "\" before you mark it published.");
        }
        Instant now = clock.instant();
        Instant at = publishedAt == null ? now : publishedAt;
        if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new RuleViolation("publishedAt", "That time is in the future: mark it published once it is live.");
        }
        store.publish(id, publishedUrl(url), at, now);
        return find(id);
    }

    @Transactional
    public ContentItem archive(long id) {
        var row = items.row(id);
        items.requireEditor(row);
        store.changeStatus(id, row.status(), ContentStatus.ARCHIVED, row.reviewComment(), row.reviewedBy(),
                clock.instant());
        return find(id);
    }

    @Transactional
    public ContentItem restore(long id) {
        var row = items.row(id);
        items.requireEditor(row);
        var to = row.publishedAt() != null ? ContentStatus.PUBLISHED
                : blank(row.body()) ? ContentStatus.IDEA : ContentStatus.DRAFT;
        store.changeStatus(id, ContentStatus.ARCHIVED, to, row.reviewComment(), row.reviewedBy(), clock.instant());
        return find(id);
    }

    private void check(long teamId, ContentDraft draft) {
        validator.check(draft);
        if (draft.topicId() != null && store.topicTeam(draft.topicId()).filter(t -> t == teamId).isEmpty()) {
            throw new RuleViolation("topicId", "Choose one of your team's topics.");
        }
    }

    private static ContentDraft clean(ContentDraft d) {
        return new ContentDraft(d.type(), d.topicId(), d.title().strip(), d.body() == null ? "" : d.body(),
                d.hashtags() == null ? "" : d.hashtags().strip(), d.plannedAt());
    }

    private static @Nullable String publishedUrl(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            var uri = URI.create(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!"https".equalsIgnoreCase(uri.getScheme())
                    || !(host.equals("linkedin.com") || host.endsWith(".linkedin.com"))) {
                throw new IllegalArgumentException("not LinkedIn");
            }
            return uri.toString();
        }
        catch (IllegalArgumentException e) {
            throw new RuleViolation("publishedUrl",
                    "Paste the post's address from LinkedIn, like" + " https://www.linkedin.com/posts/…");
        }
    }

    private static RuleViolation stale(Row row) {
        return new RuleViolation("Someone else changed \"" + row.title() + "\" while you were editing. Nothing was"
                + " saved; reopen it to see their changes.");
    }

}
