package com.headroom.team;

import com.headroom.security.SignedIn;
import com.headroom.security.AdminOnly;
import com.headroom.base.AuditLog;
import com.headroom.base.FieldChanges;
import com.headroom.base.InputValidator;
import com.headroom.base.RuleViolation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Teams and their pacing policies. Admins create and rename teams and set policies;
 * managers see the teams they manage; members see their own.
 */
@Service
@SignedIn
public class TeamService {

    static final String AUDIT_TEAM = "Team";
    static final String AUDIT_POLICY = "Team policy";

    /** Used when a team is created without naming a zone. */
    public static final String DEFAULT_TIME_ZONE = "UTC";

    private final TeamRepository teams;

    private final TeamPolicyRepository policies;

    private final AccountRepository accounts;

    private final TeamAccess access;

    private final AuditLog auditLog;

    private final InputValidator validator;

    private final TransactionTemplate freshRead;

    private final Clock clock;

    /** The prospect feature answers; a context without it (start-up checks) has none. */
    private final ObjectProvider<TargetChoices> targetChoices;

    TeamService(TeamRepository teams, TeamPolicyRepository policies, AccountRepository accounts, TeamAccess access,
            AuditLog auditLog, InputValidator validator, PlatformTransactionManager transactionManager, Clock clock,
            ObjectProvider<TargetChoices> targetChoices) {
        this.targetChoices = targetChoices;
        this.teams = teams;
        this.policies = policies;
        this.accounts = accounts;
        this.access = access;
        this.auditLog = auditLog;
        this.validator = validator;
        this.freshRead = new TransactionTemplate(transactionManager);
        this.freshRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.freshRead.setReadOnly(true);
        this.clock = clock;
    }

    /** The teams the signed-in person may see, a page at a time. */
    @Transactional(readOnly = true)
    public Page<TeamSummary> page(Pageable pageable) {
        var visible = access.visibleTeamIds();
        Page<Team> page = visible.isPresent() ? teams.findByIdIn(visible.get(), pageable) : teams.findAll(pageable);
        return summarize(page);
    }

    /**
     * Whether the signed-in person works in (member) or manages (manager) this team;
     * admins see all.
     */
    @Transactional(readOnly = true)
    public boolean isVisible(long teamId) {
        return access.canSeeTeam(teamId);
    }

    @Transactional(readOnly = true)
    public long count() {
        return access.visibleTeamIds().map(ids -> (long) ids.size()).orElseGet(teams::count);
    }

    /**
     * The teams the signed-in person may see, by name, for pickers (an organisation has
     * tens, not thousands).
     */
    @Transactional(readOnly = true)
    public List<TeamChoice> choices() {
        var visible = access.visibleTeamIds();
        List<Team> list = visible.isPresent() ? teams.findAllById(visible.get()) : teams.findAllByOrderByNameAsc();
        return list.stream()
            .map(t -> new TeamChoice(t.id(), t.name()))
            .sorted(Comparator.comparing(TeamChoice::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    }

    @Transactional
    @AdminOnly
    public TeamSummary create(String name, String timeZone) {
        String cleanName = requireName(name);
        requireFreeName(cleanName, null);
        var settings = TeamPolicySettings
            .defaults(timeZone == null || timeZone.isBlank() ? DEFAULT_TIME_ZONE : timeZone);
        validator.check(settings);
        var team = saveRefusingDuplicate(new Team(cleanName, clock.instant()), cleanName);
        policies.save(new TeamPolicy(team.id(), settings));
        auditLog.record(AUDIT_TEAM, team.id(), team.name(), "Created",
                new FieldChanges().compare("Name", null, team.name())
                    .compare("Time zone", null, settings.timeZone())
                    .list());
        return new TeamSummary(team.id(), team.name(), settings.timeZone(), 0, List.of());
    }

    @Transactional
    @AdminOnly
    public void rename(long teamId, String newName) {
        String cleanName = requireName(newName);
        var team = teams.findById(teamId).orElseThrow(() -> new RuleViolation("That team no longer exists."));
        if (team.name().equals(cleanName)) {
            return;
        }
        requireFreeName(cleanName, teamId);
        String oldName = team.name();
        team.rename(cleanName);
        saveRefusingDuplicate(team, cleanName);
        auditLog.record(AUDIT_TEAM, teamId, oldName, "Renamed",
                new FieldChanges().compare("Name", oldName, cleanName).list());
    }

    /**
     * What the team's prospects say about where they are and what they do, most common
     * first, for picking target regions and industries.
     */
    @Transactional(readOnly = true)
    public TargetChoices.Choices targetChoices(long teamId) {
        access.requireTeamVisible(teamId);
        var choices = targetChoices.getIfAvailable();
        return choices == null ? new TargetChoices.Choices(List.of(), List.of()) : choices.of(teamId);
    }

    /** The policy of a team the signed-in person may see. */
    @Transactional(readOnly = true)
    public TeamPolicyDetails policy(long teamId) {
        access.requireTeamVisible(teamId);
        var team = teams.findById(teamId).orElseThrow(() -> new RuleViolation("That team no longer exists."));
        var policy = policies.findById(teamId).orElseThrow(() -> new IllegalStateException("Team without policy"));
        return new TeamPolicyDetails(teamId, team.name(), policy.settings(), policy.version());
    }

    /**
     * How a team paces outreach, for the limits of its members: readable by the team's
     * own people as well as its managers (a manager need not manage the team they sit
     * in).
     */
    @Transactional(readOnly = true)
    @SignedIn
    public TeamPolicySettings pacing(long teamId) {
        if (!access.canSeeTeam(teamId) && !access.isOwnTeam(teamId)) {
            throw new AccessDeniedException("Not a team of yours");
        }
        return policies.findById(teamId)
            .map(TeamPolicy::settings)
            .orElseThrow(() -> new RuleViolation("That team no longer exists."));
    }

    @Transactional
    @AdminOnly
    public TeamPolicyDetails updatePolicy(long teamId, long expectedVersion, TeamPolicySettings settings) {
        validator.check(settings);
        var team = teams.findById(teamId).orElseThrow(() -> new RuleViolation("That team no longer exists."));
        var policy = policies.findById(teamId).orElseThrow(() -> new IllegalStateException("Team without policy"));
        if (policy.version() != expectedVersion) {
            throw new RuleViolation("Someone else changed the policy of " + team.name()
                    + " while you were editing. Nothing was saved; reopen it to see their changes.");
        }
        var before = policy.settings();
        var changes = describe(before, settings);
        if (!changes.isEmpty()) {
            policy.apply(settings);
            policy = policies.saveAndFlush(policy);
            auditLog.record(AUDIT_POLICY, teamId, team.name(), "Changed", changes.list());
        }
        return new TeamPolicyDetails(teamId, team.name(), policy.settings(), policy.version());
    }

    private Page<TeamSummary> summarize(Page<Team> page) {
        List<Long> ids = page.getContent().stream().map(Team::id).toList();
        if (ids.isEmpty()) {
            return page.map(t -> new TeamSummary(t.id(), t.name(), "", 0, List.of()));
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : accounts.countActiveByTeam(ids)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, List<String>> managers = new HashMap<>();
        for (Object[] row : accounts.managerNamesByTeam(ids)) {
            managers.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        Map<Long, String> zones = policies.findAllById(ids)
            .stream()
            .collect(Collectors.toMap(TeamPolicy::teamId, p -> p.settings().timeZone()));
        return page.map(t -> new TeamSummary(t.id(), t.name(), zones.getOrDefault(t.id(), ""),
                counts.getOrDefault(t.id(), 0L), managers.getOrDefault(t.id(), List.of())));
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "Enter a name for the team.");
        }
        String clean = name.strip();
        if (clean.length() > 100) {
            throw new RuleViolation("name", "Keep the team name under 100 characters.");
        }
        return clean;
    }

    private void requireFreeName(String name, Long ownId) {
        teams.findByNameKey(Team.keyOf(name)).filter(other -> !other.id().equals(ownId)).ifPresent(other -> {
            throw new RuleViolation("name", "A team called " + other.name() + " already exists.");
        });
    }

    /**
     * Saves; a refusal is "already exists" only when the name is in fact taken (read
     * afresh), else it goes on.
     */
    private Team saveRefusingDuplicate(Team team, String name) {
        try {
            return teams.saveAndFlush(team);
        }
        catch (DataIntegrityViolationException refused) {
            if (Boolean.TRUE.equals(freshRead.execute(status -> teams.findByNameKey(Team.keyOf(name)).isPresent()))) {
                throw new RuleViolation("name", "A team called " + name + " already exists.");
            }
            throw refused;
        }
    }

    private static FieldChanges describe(TeamPolicySettings a, TeamPolicySettings b) {
        return new FieldChanges()
            .compare("Pending invitations: warn at", a.pendingInvitationsWarnAt(), b.pendingInvitationsWarnAt())
            .compare("Pending invitations: block at", a.pendingInvitationsBlockAt(), b.pendingInvitationsBlockAt())
            .compare("Acceptance-rate target %", a.acceptanceRateTargetPercent(), b.acceptanceRateTargetPercent())
            .compare("Low acceptance below %", a.lowAcceptanceBelowPercent(), b.lowAcceptanceBelowPercent())
            .compare("Budget at low acceptance %", a.lowAcceptanceBudgetPercent(), b.lowAcceptanceBudgetPercent())
            .compare("Very low acceptance below %", a.veryLowAcceptanceBelowPercent(),
                    b.veryLowAcceptanceBelowPercent())
            .compare("Budget at very low acceptance %", a.veryLowAcceptanceBudgetPercent(),
                    b.veryLowAcceptanceBudgetPercent())
            .compare("Ramp-up: a day in week 1", a.rampUpFirstWeekDaily(), b.rampUpFirstWeekDaily())
            .compare("Ramp-up: more a day each week", a.rampUpWeeklyStep(), b.rampUpWeeklyStep())
            .compare("Suggested daily pace", a.dailyInvitationPace(), b.dailyInvitationPace())
            .compare("Invitations a day, at most", a.dailyInvitationCap(), b.dailyInvitationCap())
            .compare("Withdraw reminder after days", a.withdrawReminderDays(), b.withdrawReminderDays())
            .compare("Re-invite lockout days", a.reinviteLockoutDays(), b.reinviteLockoutDays())
            .compare("Cooldown after restriction days", a.restrictionCooldownDays(), b.restrictionCooldownDays())
            .compare("Repeat restriction window days", a.restrictionRepeatWindowDays(), b.restrictionRepeatWindowDays())
            .compare("Burst: requests", a.burstRequestCount(), b.burstRequestCount())
            .compare("Burst: within minutes", a.burstWindowMinutes(), b.burstWindowMinutes())
            .compare("Quiet after working days", a.quietAfterWorkingDays(), b.quietAfterWorkingDays())
            .compare("Working days", Days.describe(a.workingDays()), Days.describe(b.workingDays()))
            .compare("Time zone", a.timeZone(), b.timeZone())
            .compare("Target regions", String.join(", ", a.targetRegions()), String.join(", ", b.targetRegions()))
            .compare("Target industries", String.join(", ", a.targetIndustries()),
                    String.join(", ", b.targetIndustries()))
            .compare("Warn above % outside targets", a.targetSpreadWarnPercent(), b.targetSpreadWarnPercent())
            .compare("Warm-up days before inviting", a.warmUpDays(), b.warmUpDays());
    }

}
