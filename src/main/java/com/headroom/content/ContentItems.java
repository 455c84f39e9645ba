package com.headroom.content;

import com.headroom.base.RuleViolation;
import com.headroom.content.ContentStore.Row;
import com.headroom.prospect.TeamGate;
import com.headroom.security.CurrentUser;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.team.AccountService;
import com.headroom.team.TeamService;
import com.headroom.team.Teammate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the calendar, the review and the figures after publishing share: an item as the
 * signed-in person sees it (authors' names, whether they may change or review it), and
 * who may change one. Runs in the caller's transaction.
 */
@Component
class ContentItems {

    private final ContentStore store;

    private final TeamService teams;

    private final AccountService accounts;

    private final CurrentUser currentUser;

    private final TeamGate gate;

    ContentItems(ContentStore store, TeamService teams, AccountService accounts, CurrentUser currentUser,
            TeamGate gate) {
        this.store = store;
        this.teams = teams;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.gate = gate;
    }

    ContentItem find(long id) {
        var row = row(id);
        var me = requireTeam(row.teamId());
        return item(row, me, names(row.teamId()));
    }

    ContentItem item(Row r, HeadroomUser me, Map<Long, String> names) {
        boolean manages = manages(me, r.teamId());
        return new ContentItem(r.id(), r.teamId(), r.authorId(), names.getOrDefault(r.authorId(), "a former member"),
                r.type(), r.topicId(), r.topicName(), r.status(), r.plannedAt(), r.title(), r.body(), r.hashtags(),
                r.publishedUrl(), r.publishedAt(), r.reviewComment(),
                r.reviewedBy() == null ? null : names.getOrDefault(r.reviewedBy(), "a manager"), r.version(),
                r.authorId() == me.accountId() || manages, manages && r.status() == ContentStatus.IN_REVIEW);
    }

    Row row(long id) {
        return store.find(id).orElseThrow(() -> new RuleViolation("That item no longer exists."));
    }

    ZoneId zone(long teamId) {
        return ZoneId.of(teams.pacing(teamId).timeZone());
    }

    Map<Long, String> names(long teamId) {
        Map<Long, String> names = new HashMap<>();
        for (Teammate t : accounts.teammates(teamId)) {
            names.put(t.id(), t.displayName());
        }
        var me = currentUser.require();
        names.putIfAbsent(me.accountId(), me.displayName());
        return names;
    }

    HeadroomUser requireTeam(long teamId) {
        return gate.requireTeam(teamId);
    }

    boolean manages(HeadroomUser me, long teamId) {
        return me.role() == Role.MANAGER && teams.isVisible(teamId);
    }

    HeadroomUser requireManager(long teamId) {
        return gate.requireManager(teamId);
    }

    void requireEditor(Row row) {
        var me = requireTeam(row.teamId());
        if (row.authorId() != me.accountId() && !manages(me, row.teamId())) {
            throw new AccessDeniedException("Only its author or a manager changes an item");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
