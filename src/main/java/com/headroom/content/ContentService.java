package com.headroom.content;

import com.headroom.base.AuditLog;
import com.headroom.base.FieldChange;
import com.headroom.base.InputValidator;
import com.headroom.base.RuleViolation;
import com.headroom.content.ContentFigures.Dimension;
import com.headroom.content.ContentStore.Row;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.TeamGate;
import com.headroom.security.CurrentUser;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import com.headroom.team.AccountService;
import com.headroom.team.TeamService;
import com.headroom.team.Teammate;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's content calendar: items from idea to published, the managers' review, performance
 * after publishing, and which content brings connection requests. The team's topics, cadence and
 * review rule are {@link ContentTeamSettings}.
 */
@Service
@SignedIn
public class ContentService {

    static final String AUDIT_SUBJECT = "Content review";
    /** How far back the planner looks for items whose day passed without them being published. */
    static final Duration SLIP_HORIZON = Duration.ofDays(60);

    private final ContentStore store;
    private final TeamService teams;
    private final AccountService accounts;
    private final ProspectService prospects;
    private final CurrentUser currentUser;
    private final TeamGate gate;
    private final InputValidator validator;
    private final AuditLog auditLog;
    private final Clock clock;

    ContentService(ContentStore store, TeamService teams, AccountService accounts, ProspectService prospects,
            CurrentUser currentUser, InputValidator validator, AuditLog auditLog, Clock clock, TeamGate gate) {
        this.gate = gate;
        this.store = store;
        this.teams = teams;
        this.accounts = accounts;
        this.prospects = prospects;
        this.currentUser = currentUser;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ContentTeam team(long teamId) {
        var me = requireTeam(teamId);
        var name = teams.choices().stream().filter(c -> c.id() == teamId).findFirst().map(c -> c.name()).orElse("");
        var authors = accounts.teammates(teamId).stream().filter(t -> t.active() && t.role() != Role.ADMIN)
                .map(t -> new ContentTeam.Author(t.id(), t.displayName())).toList();
        return new ContentTeam(teamId, name, zone(teamId), store.requireReview(teamId), manages(me, teamId),
                store.topics(teamId), authors);
    }

    @Transactional(readOnly = true)
    public List<ContentItem> page(ContentFilter filter, int offset, int limit) {
        var me = requireTeam(filter.teamId());
        var names = names(filter.teamId());
        return store.page(filter, offset, limit).stream().map(r -> item(r, me, names)).toList();
    }

    @Transactional(readOnly = true)
    public int count(ContentFilter filter) {
        requireTeam(filter.teamId());
        return store.count(filter);
    }

    /** The filtered items planned or published in [from, to), for a month or week on the calendar. */
    @Transactional(readOnly = true)
    public List<ContentItem> between(ContentFilter filter, Instant from, Instant to) {
        var me = requireTeam(filter.teamId());
        if (Duration.between(from, to).toDays() > 45) {
            throw new IllegalArgumentException("A calendar page spans at most six weeks");
        }
        var names = names(filter.teamId());
        return store.between(filter, from, to).stream().map(r -> item(r, me, names)).toList();
    }

    @Transactional(readOnly = true)
    public ContentItem find(long id) {
        var row = row(id);
        var me = requireTeam(row.teamId());
        return item(row, me, names(row.teamId()));
    }

    /** A new item by the signed-in person: an idea while it has no text, else a draft. */
    @Transactional
    public ContentItem create(long teamId, ContentDraft draft) {
        var me = requireTeam(teamId);
        check(teamId, draft);
        var status = blank(draft.body()) ? ContentStatus.IDEA : ContentStatus.DRAFT;
        long id = store.insert(teamId, me.accountId(), status, clean(draft), clock.instant());
        return find(id);
    }

    /** Changes the text, type, topic or day of an idea or draft; writing text makes an idea a draft. */
    @Transactional
    public ContentItem update(long id, long expectedVersion, ContentDraft draft) {
        var row = row(id);
        requireEditor(row);
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

    /** Moves an item to another day or time (from the calendar); published ones stay where they went out. */
    @Transactional
    public ContentItem move(long id, long expectedVersion, Instant plannedAt) {
        var row = row(id);
        requireEditor(row);
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
     * The author is done: it goes to the team's managers for review when the team asks for it,
     * otherwise straight onto the schedule.
     */
    @Transactional
    public ContentItem submit(long id) {
        var row = row(id);
        requireEditor(row);
        if (row.status() != ContentStatus.DRAFT && row.status() != ContentStatus.IDEA) {
            throw new RuleViolation("\"" + row.title() + "\" is already " + row.status().label()
                    .toLowerCase(Locale.ROOT) + ".");
        }
        if (blank(row.body())) {
            throw new RuleViolation("body", "Write the text before you schedule it.");
        }
        if (row.plannedAt() == null) {
            throw new RuleViolation("plannedAt", "Choose the day it should go out.");
        }
        int length = PostText.length(row.body());
        if (length > row.type().characterLimit()) {
            throw new RuleViolation("body", String.format(Locale.ENGLISH, "The text has %,d characters; LinkedIn"
                    + " allows %,d. Shorten it first.", length, row.type().characterLimit()));
        }
        var to = store.requireReview(row.teamId()) ? ContentStatus.IN_REVIEW : ContentStatus.SCHEDULED;
        store.changeStatus(id, row.status(), to, null, null, clock.instant());
        return find(id);
    }

    /** A manager of the team approves an item in review: it is scheduled. */
    @Transactional
    public ContentItem approve(long id) {
        var row = row(id);
        var me = requireReviewer(row);
        store.changeStatus(id, ContentStatus.IN_REVIEW, ContentStatus.SCHEDULED, null, me.accountId(),
                clock.instant());
        auditLog.record(AUDIT_SUBJECT, id, row.title(), "Approved");
        return find(id);
    }

    /** A manager sends an item back to its author with a comment saying what to change. */
    @Transactional
    public ContentItem sendBack(long id, String comment) {
        var row = row(id);
        var me = requireReviewer(row);
        String why = comment == null ? "" : comment.strip();
        if (why.isEmpty()) {
            throw new RuleViolation("comment", "Tell the author what to change.");
        }
        if (why.length() > 1000) {
            throw new RuleViolation("comment", "Keep the comment under 1,000 characters.");
        }
        store.changeStatus(id, ContentStatus.IN_REVIEW, ContentStatus.DRAFT, why, me.accountId(), clock.instant());
        auditLog.record(AUDIT_SUBJECT, id, row.title(), "Sent back", List.of(new FieldChange("Comment", null, why)));
        return find(id);
    }

    /** Takes an item in review or scheduled back to draft, to change it. */
    @Transactional
    public ContentItem backToDraft(long id) {
        var row = row(id);
        requireEditor(row);
        if (row.status() != ContentStatus.IN_REVIEW && row.status() != ContentStatus.SCHEDULED) {
            throw new RuleViolation("Only items in review or scheduled go back to draft.");
        }
        store.changeStatus(id, row.status(), ContentStatus.DRAFT, row.reviewComment(), row.reviewedBy(),
                clock.instant());
        return find(id);
    }

    /** It is live on LinkedIn: the link to the post, and when it went out (now when not given). */
    @Transactional
    public ContentItem publish(long id, String url, Instant publishedAt) {
        var row = row(id);
        requireEditor(row);
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
        var row = row(id);
        requireEditor(row);
        store.changeStatus(id, row.status(), ContentStatus.ARCHIVED, row.reviewComment(), row.reviewedBy(),
                clock.instant());
        return find(id);
    }

    @Transactional
    public ContentItem restore(long id) {
        var row = row(id);
        requireEditor(row);
        var to = row.publishedAt() != null ? ContentStatus.PUBLISHED : blank(row.body()) ? ContentStatus.IDEA
                : ContentStatus.DRAFT;
        store.changeStatus(id, ContentStatus.ARCHIVED, to, row.reviewComment(), row.reviewedBy(), clock.instant());
        return find(id);
    }

    // ---- After publishing. ----

    /** How a published item did at one moment; several snapshots over time, the latest counts. */
    @Transactional
    public List<Snapshot> logSnapshot(long id, Snapshot snapshot) {
        var row = row(id);
        var me = requireTeam(row.teamId());
        if (row.status() != ContentStatus.PUBLISHED) {
            throw new RuleViolation("Log how it did once it is published.");
        }
        validator.check(snapshot);
        Instant now = clock.instant();
        Instant at = snapshot.measuredAt() == null ? now : snapshot.measuredAt();
        if (at.isBefore(row.publishedAt()) || at.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new RuleViolation("measuredAt", "Measured between its publishing and now.");
        }
        store.insertSnapshot(id, snapshot, at, me.accountId());
        return store.snapshots(id);
    }

    @Transactional(readOnly = true)
    public List<Snapshot> snapshots(long id) {
        requireTeam(row(id).teamId());
        return store.snapshots(id);
    }

    /** Requests logged one by one from prospects after this item. */
    @Transactional(readOnly = true)
    public int inboundLogged(long id) {
        requireTeam(row(id).teamId());
        return store.inboundCount(id);
    }

    /**
     * A prospect sent the signed-in person a connection request after one of the team's posts:
     * counted for the post, and kept with the prospect.
     *
     * @return false when it was already logged for this post
     */
    @Transactional
    public boolean logInboundRequest(long itemId, long prospectId) {
        var row = row(itemId);
        var me = requireTeam(row.teamId());
        if (row.status() != ContentStatus.PUBLISHED) {
            throw new RuleViolation("itemId", "Choose a published post.");
        }
        var prospect = prospects.details(prospectId);
        if (prospect.teamId() != row.teamId()) {
            throw new RuleViolation("itemId", "Choose a post of the prospect's team.");
        }
        return store.insertInbound(itemId, prospectId, me.accountId(), clock.instant());
    }

    /** The team's latest published items, for "after which post?". */
    @Transactional(readOnly = true)
    public List<ContentItem> recentlyPublished(long teamId) {
        var me = requireTeam(teamId);
        var names = names(teamId);
        return store.recentlyPublished(teamId, 30).stream().map(r -> item(r, me, names)).toList();
    }

    /** Titles of the posts after which this prospect sent a request. */
    @Transactional(readOnly = true)
    public List<String> inboundFor(long prospectId) {
        prospects.details(prospectId);
        return store.inboundFor(prospectId);
    }

    /** Per type, topic or author: what the items published in [from, to) brought. */
    @Transactional(readOnly = true)
    public List<AnalyticsRow> analytics(long teamId, LocalDate from, LocalDate to, Dimension dimension) {
        requireTeam(teamId);
        var zone = zone(teamId);
        var names = names(teamId);
        List<ContentFigures.Result> results = new ArrayList<>();
        for (var p : store.published(teamId, from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone)
                .toInstant())) {
            results.add(new ContentFigures.Result(p.type(), p.topicName(), names.getOrDefault(p.authorId(),
                    "a former member"), p.latest()[0], p.inbound()));
        }
        return ContentFigures.analytics(results, dimension);
    }

    // ---- The parts. ----

    private ContentItem item(Row r, HeadroomUser me, Map<Long, String> names) {
        boolean manages = manages(me, r.teamId());
        return new ContentItem(r.id(), r.teamId(), r.authorId(), names.getOrDefault(r.authorId(), "a former member"),
                r.type(), r.topicId(), r.topicName(), r.status(), r.plannedAt(), r.title(), r.body(), r.hashtags(),
                r.publishedUrl(), r.publishedAt(), r.reviewComment(),
                r.reviewedBy() == null ? null : names.getOrDefault(r.reviewedBy(), "a manager"), r.version(),
                r.authorId() == me.accountId() || manages, manages && r.status() == ContentStatus.IN_REVIEW);
    }

    private Row row(long id) {
        return store.find(id).orElseThrow(() -> new RuleViolation("That item no longer exists."));
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

    private static String publishedUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            var uri = URI.create(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || !(host.equals("linkedin.com")
                    || host.endsWith(".linkedin.com"))) {
                throw new IllegalArgumentException("not LinkedIn");
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("publishedUrl", "Paste the post's address from LinkedIn, like"
                    + " https://www.linkedin.com/posts/…");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static RuleViolation stale(Row row) {
        return new RuleViolation("Someone else changed \"" + row.title() + "\" while you were editing. Nothing was"
                + " saved; reopen it to see their changes.");
    }

    private ZoneId zone(long teamId) {
        return ZoneId.of(teams.pacing(teamId).timeZone());
    }

    private Map<Long, String> names(long teamId) {
        Map<Long, String> names = new HashMap<>();
        for (Teammate t : accounts.teammates(teamId)) {
            names.put(t.id(), t.displayName());
        }
        var me = currentUser.require();
        names.putIfAbsent(me.accountId(), me.displayName());
        return names;
    }

    private HeadroomUser requireTeam(long teamId) {
        return gate.requireTeam(teamId);
    }

    private boolean manages(HeadroomUser me, long teamId) {
        return me.role() == Role.MANAGER && teams.isVisible(teamId);
    }

    private HeadroomUser requireManager(long teamId) {
        return gate.requireManager(teamId);
    }

    private void requireEditor(Row row) {
        var me = requireTeam(row.teamId());
        if (row.authorId() != me.accountId() && !manages(me, row.teamId())) {
            throw new AccessDeniedException("Only its author or a manager changes an item");
        }
    }

    private HeadroomUser requireReviewer(Row row) {
        var me = requireManager(row.teamId());
        if (row.status() != ContentStatus.IN_REVIEW) {
            throw new RuleViolation("\"" + row.title() + "\" is not waiting for review.");
        }
        return me;
    }
}
