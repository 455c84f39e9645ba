package com.headroom.content;

import com.headroom.base.AuditLog;
import com.headroom.base.RuleViolation;
import com.headroom.prospect.TeamGate;
import com.headroom.security.SignedIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a team plans its content: its topics, its posting cadence and whether its managers
 * review items before they are scheduled. Anyone in the team adds a topic; the rest is
 * the managers'.
 */
@Service
@SignedIn
public class ContentTeamSettings {

    private final ContentStore store;

    private final TeamGate gate;

    private final AuditLog auditLog;

    private final CadenceCheck cadenceCheck;

    ContentTeamSettings(ContentStore store, TeamGate gate, AuditLog auditLog, CadenceCheck cadenceCheck) {
        this.cadenceCheck = cadenceCheck;
        this.store = store;
        this.gate = gate;
        this.auditLog = auditLog;
    }

    /** Gaps and slips in [from, to) against the team's cadence. */
    @Transactional(readOnly = true)
    public List<CadenceFinding> findings(long teamId, LocalDate from, LocalDate to) {
        gate.requireTeam(teamId);
        return cadenceCheck.findings(teamId, from, to);
    }

    @Transactional(readOnly = true)
    public List<Cadence> cadences(long teamId) {
        gate.requireTeam(teamId);
        return store.cadences(teamId);
    }

    @Transactional
    public void addCadence(long teamId, Cadence cadence) {
        gate.requireManager(teamId);
        if (cadence.kind() == Cadence.Kind.PER_MEMBER_WEEKLY) {
            if (cadence.perWeek() == null || cadence.perWeek() < 1 || cadence.perWeek() > 14) {
                throw new RuleViolation("perWeek", "Posts a week: between 1 and 14.");
            }
        }
        else if (cadence.type() == null || cadence.weekday() == null || cadence.startsOn() == null
                || cadence.everyWeeks() == null || cadence.everyWeeks() < 1 || cadence.everyWeeks() > 8) {
            throw new RuleViolation("type",
                    "Choose the kind of content, the weekday, how many weeks apart (1 to 8)" + " and the first date.");
        }
        store.insertCadence(teamId, cadence);
        auditLog.record("Content cadence", teamId, cadence.describe(), "Added");
    }

    @Transactional
    public void removeCadence(long cadenceId) {
        long teamId = store.cadenceTeam(cadenceId).orElseThrow(() -> new RuleViolation("That rule no longer exists."));
        gate.requireManager(teamId);
        store.deleteCadence(cadenceId);
        auditLog.record("Content cadence", teamId, "Rule " + cadenceId, "Removed");
    }

    /** Anyone in the team adds a topic; the list is the team's. */
    @Transactional
    public void addTopic(long teamId, String name) {
        gate.requireTeam(teamId);
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > 60) {
            throw new RuleViolation("topic", "Name the topic in up to 60 characters.");
        }
        String key = clean.toLowerCase(Locale.ROOT);
        if (store.topicExists(teamId, key)) {
            throw new RuleViolation("topic", "The team already has the topic \"" + clean + "\".");
        }
        store.insertTopic(teamId, clean, key);
    }

    @Transactional
    public void archiveTopic(long topicId, boolean archived) {
        long teamId = store.topicTeam(topicId).orElseThrow(() -> new RuleViolation("That topic no longer exists."));
        gate.requireManager(teamId);
        store.archiveTopic(topicId, archived);
    }

    /** A manager decides whether items need their review before they are scheduled. */
    @Transactional
    public void setRequireReview(long teamId, boolean required) {
        gate.requireManager(teamId);
        store.setRequireReview(teamId, required);
        auditLog.record("Content review", teamId, "Team " + teamId,
                required ? "Review required" : "Review no longer required");
    }

}
