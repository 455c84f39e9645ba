package com.headroom.base;

import com.headroom.security.AdminOnly;
import com.headroom.security.CurrentUser;
import com.headroom.security.SystemAuthentication;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit table: every change to tiers, teams, accounts and policies, with who made it, when,
 * and the old and new value of each field. Written in the caller's transaction so that a change
 * and its audit line are stored together or not at all.
 */
@Service
public class AuditLog {

    private final AuditRecordRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditRecordRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records one line per changed field, or a single line when there are no field changes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subjectType, Object subjectId, String subjectLabel, String action,
            List<FieldChange> changes) {
        var now = clock.instant();
        var user = currentUser.get();
        boolean system = user.isEmpty() || user.get().accountId() == SystemAuthentication.SYSTEM_ACCOUNT_ID;
        Long actorId = system ? null : user.get().accountId();
        String actor = system ? SystemAuthentication.SYSTEM_EMAIL : user.get().email();
        String id = subjectId == null ? null : subjectId.toString();
        if (changes.isEmpty()) {
            repository.save(new AuditRecord(now, actorId, actor, subjectType, id, subjectLabel, action, null, null,
                    null));
            return;
        }
        for (FieldChange change : changes) {
            repository.save(new AuditRecord(now, actorId, actor, subjectType, id, subjectLabel, action,
                    change.field(), change.oldValue(), change.newValue()));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subjectType, Object subjectId, String subjectLabel, String action) {
        record(subjectType, subjectId, subjectLabel, action, List.of());
    }

    /** Newest first; {@code subjectType} null for every kind of subject. */
    @Transactional(readOnly = true)
    @AdminOnly
    public Page<AuditEntry> page(String subjectType, Pageable pageable) {
        Page<AuditRecord> page = subjectType == null
                ? repository.findAll(pageable)
                : repository.findBySubjectType(subjectType, pageable);
        return page.map(AuditRecord::toEntry);
    }

    @Transactional(readOnly = true)
    @AdminOnly
    public long count(String subjectType) {
        return subjectType == null ? repository.count() : repository.countBySubjectType(subjectType);
    }

    /** The history of one subject, oldest first. */
    @Transactional(readOnly = true)
    @AdminOnly
    public List<AuditEntry> historyOf(String subjectType, Object subjectId) {
        return repository.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId.toString()).stream()
                .map(AuditRecord::toEntry)
                .toList();
    }
}
