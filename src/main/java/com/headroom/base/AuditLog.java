package com.headroom.base;

import com.headroom.security.AdminOnly;
import com.headroom.security.Anyone;
import com.headroom.security.SignInEvent;
import com.headroom.security.SignedIn;
import com.headroom.security.CurrentUser;
import com.headroom.security.SystemAuthentication;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit table: every change to tiers, teams, accounts and policies, with who made it,
 * when, and the old and new value of each field. Written in the caller's transaction so
 * that a change and its audit line are stored together or not at all.
 */
@Service
public class AuditLog {

    /** The subject type of sign-ins, failed and refused tries, and sign-outs. */
    public static final String SIGN_IN = "Sign-in";

    /**
     * The subject type of downloads: prospect and personal-data files, the managers' CSV
     * files.
     */
    public static final String EXPORT = "Export";
    static final String NOT_AN_EMAIL = "(not an e-mail address)";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}");

    private final AuditRecordRepository repository;

    private final CurrentUser currentUser;

    private final Clock clock;

    AuditLog(AuditRecordRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records one line per changed field, or a single line when there are no field
     * changes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subjectType, Object subjectId, String subjectLabel, String action,
            List<FieldChange> changes) {
        var now = clock.instant();
        var user = currentUser.get();
        boolean system = user.isEmpty() || user.get().accountId() == SystemAuthentication.SYSTEM_ACCOUNT_ID;
        Long actorId = system ? null : user.get().accountId();
        String actor = system ? SystemAuthentication.SYSTEM_EMAIL : user.get().email();
        String id = subjectId == null ? null : subjectId.toString();
        String address = ClientAddress.current();
        if (changes.isEmpty()) {
            repository.save(new AuditRecord(now, actorId, actor, subjectType, id, subjectLabel, action, null, null,
                    null, address));
            return;
        }
        for (FieldChange change : changes) {
            repository.save(new AuditRecord(now, actorId, actor, subjectType, id, subjectLabel, action, change.field(),
                    change.oldValue(), change.newValue(), address));
        }
    }

    /**
     * A download of data out of Headroom (a CSV or JSON file), in a transaction of its
     * own: the exports read in read-only transactions, and the line must stay even if the
     * download breaks off.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @SignedIn
    public void recordExport(String what, List<FieldChange> details) {
        record(EXPORT, null, what, "Downloaded", details);
    }

    /**
     * A sign-in try or a sign-out, from the security filters, in a transaction of its
     * own. The actor is the e-mail typed; something typed that is no e-mail address (a
     * password typed into the wrong field, say) is not kept.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Anyone
    public void recordSignIn(SignInEvent event) {
        String account = EMAIL.matcher(event.email()).matches() ? event.email() : NOT_AN_EMAIL;
        var changes = event.delay().isZero() ? List.<FieldChange>of()
                : List.of(new FieldChange("Told to wait", null, ((event.delay().toSeconds() + 59) / 60) + " min"));
        var now = clock.instant();
        if (changes.isEmpty()) {
            repository.save(new AuditRecord(now, null, account, SIGN_IN, null, account, event.outcome().label(), null,
                    null, null, event.clientAddress()));
        }
        for (FieldChange change : changes) {
            repository.save(new AuditRecord(now, null, account, SIGN_IN, null, account, event.outcome().label(),
                    change.field(), change.oldValue(), change.newValue(), event.clientAddress()));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subjectType, Object subjectId, String subjectLabel, String action) {
        record(subjectType, subjectId, subjectLabel, action, List.of());
    }

    /** Newest first; {@code subjectType} null for every kind of subject. */
    @Transactional(readOnly = true)
    @AdminOnly
    public Page<AuditEntry> page(@Nullable String subjectType, Pageable pageable) {
        return page(subjectType, null, pageable);
    }

    /**
     * One page, newest first, read from the database; {@code subjectType} and
     * {@code actor} (the account's e-mail, any case) null for all.
     */
    @Transactional(readOnly = true)
    @AdminOnly
    public Page<AuditEntry> page(@Nullable String subjectType, @Nullable String actor, Pageable pageable) {
        String who = actorKey(actor);
        Page<AuditRecord> page;
        if (subjectType == null) {
            page = who == null ? repository.findAll(pageable) : repository.findByActor(who, pageable);
        }
        else {
            page = who == null ? repository.findBySubjectType(subjectType, pageable)
                    : repository.findBySubjectTypeAndActor(subjectType, who, pageable);
        }
        return page.map(AuditRecord::toEntry);
    }

    @Transactional(readOnly = true)
    @AdminOnly
    public long count(@Nullable String subjectType) {
        return count(subjectType, null);
    }

    @Transactional(readOnly = true)
    @AdminOnly
    public long count(@Nullable String subjectType, @Nullable String actor) {
        String who = actorKey(actor);
        if (subjectType == null) {
            return who == null ? repository.count() : repository.countByActor(who);
        }
        return who == null ? repository.countBySubjectType(subjectType)
                : repository.countBySubjectTypeAndActor(subjectType, who);
    }

    /** Every kind of subject the log holds, in alphabetical order. */
    @Transactional(readOnly = true)
    @AdminOnly
    public List<String> kinds() {
        return repository.subjectTypes();
    }

    private static @Nullable String actorKey(@Nullable String actor) {
        return actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
    }

    /** The history of one subject, oldest first. */
    @Transactional(readOnly = true)
    @AdminOnly
    public List<AuditEntry> historyOf(String subjectType, Object subjectId) {
        return repository.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId.toString())
            .stream()
            .map(AuditRecord::toEntry)
            .toList();
    }

}
