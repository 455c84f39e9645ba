package com.headroom.content;

import com.headroom.base.InputValidator;
import com.headroom.base.RuleViolation;
import com.headroom.content.ContentFigures.Dimension;
import com.headroom.prospect.ProspectService;
import com.headroom.security.SignedIn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How content did after publishing: the figures members log for a post over time, the
 * connection requests prospects sent after it, and which types, topics and authors bring
 * the most of them.
 */
@Service
@SignedIn
public class ContentPerformance {

    private final ContentStore store;

    private final ContentItems items;

    private final ProspectService prospects;

    private final InputValidator validator;

    private final Clock clock;

    ContentPerformance(ContentStore store, ContentItems items, ProspectService prospects, InputValidator validator,
            Clock clock) {
        this.store = store;
        this.items = items;
        this.prospects = prospects;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * How a published item did at one moment; several snapshots over time, the latest
     * counts.
     */
    @Transactional
    public List<Snapshot> logSnapshot(long id, Snapshot snapshot) {
        var row = items.row(id);
        var me = items.requireTeam(row.teamId());
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
        items.requireTeam(items.row(id).teamId());
        return store.snapshots(id);
    }

    /** Requests logged one by one from prospects after this item. */
    @Transactional(readOnly = true)
    public int inboundLogged(long id) {
        items.requireTeam(items.row(id).teamId());
        return store.inboundCount(id);
    }

    /**
     * A prospect sent the signed-in person a connection request after one of the team's
     * posts: counted for the post, and kept with the prospect.
     * @return false when it was already logged for this post
     */
    @Transactional
    public boolean logInboundRequest(long itemId, long prospectId) {
        var row = items.row(itemId);
        var me = items.requireTeam(row.teamId());
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
        var me = items.requireTeam(teamId);
        var names = items.names(teamId);
        return store.recentlyPublished(teamId, 30).stream().map(r -> items.item(r, me, names)).toList();
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
        items.requireTeam(teamId);
        var zone = items.zone(teamId);
        var names = items.names(teamId);
        List<ContentFigures.Result> results = new ArrayList<>();
        for (var p : store.published(teamId, from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant())) {
            results.add(new ContentFigures.Result(p.type(), p.topicName(),
                    names.getOrDefault(p.authorId(), "a former member"), p.latest()[0], p.inbound()));
        }
        return ContentFigures.analytics(results, dimension);
    }

}
