package com.headroom.content;

import static com.headroom.content.ContentItems.blank;

import com.headroom.base.AuditLog;
import com.headroom.base.FieldChange;
import com.headroom.base.RuleViolation;
import com.headroom.content.ContentStore.Row;
import com.headroom.security.HeadroomUser;
import com.headroom.security.SignedIn;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way from draft to the schedule: an author submits, and where the team asks for it a
 * manager approves or sends the item back with a comment; in review or scheduled, it can
 * be taken back to draft. Whether a team reviews is {@link ContentTeamSettings}'.
 */
@Service
@SignedIn
public class ContentReview {

    static final String AUDIT_SUBJECT = "Content review";

    private final ContentStore store;

    private final ContentItems items;

    private final AuditLog auditLog;

    private final Clock clock;

    ContentReview(ContentStore store, ContentItems items, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.items = items;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The author is done: it goes to the team's managers for review when the team asks
     * for it, otherwise straight onto the schedule.
     */
    @Transactional
    public ContentItem submit(long id) {
        var row = items.row(id);
        items.requireEditor(row);
        if (row.status() != ContentStatus.DRAFT && row.status() != ContentStatus.IDEA) {
            throw new RuleViolation(
                    "\"" + row.title() + "\" is already " + row.status().label().toLowerCase(Locale.ROOT) + ".");
        }
        if (blank(row.body())) {
            throw new RuleViolation("body", "Write the text before you schedule it.");
        }
        if (row.plannedAt() == null) {
            throw new RuleViolation("plannedAt", "Choose the day it should go out.");
        }
        int length = PostText.length(row.body());
        if (length > row.type().characterLimit()) {
            throw new RuleViolation("body",
                    String.format(Locale.ENGLISH,
                            "The text has %,d characters; LinkedIn" + " allows %,d. Shorten it first.", length,
                            row.type().characterLimit()));
        }
        var to = store.requireReview(row.teamId()) ? ContentStatus.IN_REVIEW : ContentStatus.SCHEDULED;
        store.changeStatus(id, row.status(), to, null, null, clock.instant());
        return items.find(id);
    }

    /** A manager of the team approves an item in review: it is scheduled. */
    @Transactional
    public ContentItem approve(long id) {
        var row = items.row(id);
        var me = requireReviewer(row);
        store.changeStatus(id, ContentStatus.IN_REVIEW, ContentStatus.SCHEDULED, null, me.accountId(), clock.instant());
        auditLog.record(AUDIT_SUBJECT, id, row.title(), "Approved");
        return items.find(id);
    }

    /**
     * A manager sends an item back to its author with a comment saying what to change.
     */
    @Transactional
    public ContentItem sendBack(long id, String comment) {
        var row = items.row(id);
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
        return items.find(id);
    }

    /** Takes an item in review or scheduled back to draft, to change it. */
    @Transactional
    public ContentItem backToDraft(long id) {
        var row = items.row(id);
        items.requireEditor(row);
        if (row.status() != ContentStatus.IN_REVIEW && row.status() != ContentStatus.SCHEDULED) {
            throw new RuleViolation("Only items in review or scheduled go back to draft.");
        }
        store.changeStatus(id, row.status(), ContentStatus.DRAFT, row.reviewComment(), row.reviewedBy(),
                clock.instant());
        return items.find(id);
    }

    private HeadroomUser requireReviewer(Row row) {
        var me = items.requireManager(row.teamId());
        if (row.status() != ContentStatus.IN_REVIEW) {
            throw new RuleViolation("\"" + row.title() + "\" is not waiting for review.");
        }
        return me;
    }

}
