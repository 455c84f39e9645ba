package com.headroom.outreach;

import com.headroom.tier.LinkedInFigures;
import com.headroom.base.InputValidator;
import com.headroom.base.RuleViolation;
import com.headroom.security.CurrentUser;
import com.headroom.security.ManagerOrAdmin;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import com.headroom.prospect.ProspectService;
import com.headroom.team.TeamService;
import com.headroom.tier.TierSettings;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's template library: connection notes, messages and InMails with merge fields,
 * the live check of a merged text against the rep's limits, and how each template does.
 */
@Service
@SignedIn
public class TemplateService {

    private final TemplateStore store;

    private final MemberSeats seats;

    private final ProspectService prospects;

    private final TeamService teams;

    private final CurrentUser currentUser;

    private final InputValidator validator;

    private final Clock clock;

    TemplateService(TemplateStore store, MemberSeats seats, ProspectService prospects, TeamService teams,
            CurrentUser currentUser, InputValidator validator, Clock clock) {
        this.store = store;
        this.seats = seats;
        this.prospects = prospects;
        this.teams = teams;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Template> page(long teamId, boolean includeArchived, int offset, int limit) {
        requireTeam(teamId);
        return store.page(teamId, includeArchived, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(long teamId, boolean includeArchived) {
        requireTeam(teamId);
        return store.count(teamId, includeArchived);
    }

    /** Templates a rep can pick when logging this kind of action. */
    @Transactional(readOnly = true)
    public List<Template> choices(long teamId, TemplateKind kind) {
        requireTeam(teamId);
        return store.choices(teamId, kind);
    }

    @Transactional(readOnly = true)
    public Template find(long id) {
        var template = store.find(id).orElseThrow(() -> new RuleViolation("That template no longer exists."));
        if (template.teamId() != null) {
            requireTeam(template.teamId());
        }
        return template;
    }

    @Transactional
    public Template create(long teamId, TemplateDraft draft) {
        var me = requireTeam(teamId);
        validator.check(draft);
        refuseTakenName(teamId, draft.name(), null);
        return store.find(store.create(teamId, draft, me, clock.instant())).orElseThrow();
    }

    /** Its author or a manager edits a team template; shipped ones are copied instead. */
    @Transactional
    public Template update(long id, long expectedVersion, TemplateDraft draft) {
        var template = requireEditable(id);
        validator.check(draft);
        refuseTakenName(template.teamId(), draft.name(), id);
        if (!store.update(id, expectedVersion, draft)) {
            throw new RuleViolation("Someone else changed \"" + template.name() + "\" while you were editing. Nothing"
                    + " was saved; reopen it to see their changes.");
        }
        return store.find(id).orElseThrow();
    }

    /** Takes a template out of the pickers; its statistics stay. */
    @Transactional
    public void archive(long id, boolean archived) {
        requireEditable(id);
        store.archive(id, archived);
    }

    /**
     * A template's text filled in for one prospect (or left with its merge fields when
     * none is chosen), counted against the signed-in rep's tier.
     */
    @Transactional(readOnly = true)
    public MergedText preview(TemplateKind kind, String subject, String body, Long prospectId, MergeValues values) {
        var me = currentUser.require();
        String first = null;
        String company = null;
        String position = null;
        if (prospectId != null) {
            var prospect = prospects.details(prospectId);
            first = prospect.draft().firstName();
            company = prospect.draft().company();
            position = prospect.draft().headline();
        }
        var tier = seats.of(me.accountId()).map(seat -> seat.facts().tierAt(clock.instant()));
        String mergedSubject = TemplateText.merge(subject, first, company, position, values);
        String merged = TemplateText.merge(body == null ? "" : body, first, company, position, values);
        int limit = limit(kind, tier);
        var unfilled = new java.util.ArrayList<>(TemplateText.unfilled(mergedSubject));
        TemplateText.unfilled(merged).stream().filter(f -> !unfilled.contains(f)).forEach(unfilled::add);
        return new MergedText(mergedSubject, merged, TemplateText.length(merged), limit, List.copyOf(unfilled),
                TemplateText.lint((mergedSubject == null ? "" : mergedSubject + "\n") + merged));
    }

    /**
     * Sent, accepted and replied per template of the team, busiest first (unused ones at
     * zero).
     */
    @Transactional(readOnly = true)
    public List<TemplateStats> stats(long teamId) {
        requireTeam(teamId);
        Map<Long, TemplateStats> used = store.stats(teamId, null)
            .stream()
            .collect(Collectors.toMap(TemplateStats::templateId, Function.identity()));
        return store.page(teamId, true, 0, 1000)
            .stream()
            .map(t -> used.getOrDefault(t.id(), new TemplateStats(t.id(), t.name(), t.kind(), 0, 0, 0, 0)))
            .sorted(Comparator.comparingInt(TemplateStats::sent).reversed().thenComparing(TemplateStats::name))
            .toList();
    }

    /**
     * What one member sent with the team's templates and what came of it, busiest first;
     * only the templates they used. For their managers' overview (and admins).
     */
    @Transactional(readOnly = true)
    @ManagerOrAdmin
    public List<TemplateStats> statsOf(long memberId) {
        var seat = seats.of(memberId).orElseThrow(() -> new RuleViolation("That person has no LinkedIn seat."));
        if (!teams.isVisible(seat.teamId())) {
            throw new AccessDeniedException("Not a member of a team of yours");
        }
        return store.stats(seat.teamId(), memberId)
            .stream()
            .sorted(Comparator.comparingInt(TemplateStats::sent).reversed().thenComparing(TemplateStats::name))
            .toList();
    }

    /** Two templates of the same kind, compared with a two-proportion test. */
    @Transactional(readOnly = true)
    public TemplateComparison compare(long teamId, long firstId, long secondId) {
        var all = stats(teamId);
        var first = all.stream()
            .filter(s -> s.templateId() == firstId)
            .findFirst()
            .orElseThrow(() -> new RuleViolation("first", "Choose a template of your team."));
        var second = all.stream()
            .filter(s -> s.templateId() == secondId)
            .findFirst()
            .orElseThrow(() -> new RuleViolation("second", "Choose a template of your team."));
        if (firstId == secondId) {
            throw new RuleViolation("second", "Choose two different templates.");
        }
        if (first.kind() != second.kind()) {
            throw new RuleViolation("second",
                    "Compare templates of the same kind: a " + first.kind().label().toLowerCase(java.util.Locale.ROOT)
                            + " with a " + first.kind().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return TemplateText.compare(first, second);
    }

    static int limit(TemplateKind kind, Optional<TierSettings> tier) {
        return switch (kind) {
            case CONNECTION_NOTE -> tier.map(TierSettings::noteCharacterLimit).orElse(LinkedInFigures.NOTE_CHARACTERS);
            case MESSAGE -> tier.map(TierSettings::messageCharacterLimit).orElse(LinkedInFigures.MESSAGE_CHARACTERS);
            case INMAIL -> tier.map(TierSettings::inMailBodyLimit).orElse(LinkedInFigures.INMAIL_BODY_CHARACTERS);
        };
    }

    private Template requireEditable(long id) {
        var template = find(id);
        if (template.shipped()) {
            throw new RuleViolation("Templates that come with Headroom can't be changed. Copy it and edit the copy.");
        }
        var me = currentUser.require();
        boolean author = store.createdBy(id).map(by -> by == me.accountId()).orElse(false);
        if (!author && me.role() != Role.MANAGER) {
            throw new AccessDeniedException("Only its author or a manager changes a template");
        }
        return template;
    }

    private void refuseTakenName(long teamId, String name, Long exceptId) {
        if (store.nameTaken(teamId, name.strip(), exceptId)) {
            throw new RuleViolation("name",
                    "Your team already has a template called \"" + name.strip() + "\". Choose another name.");
        }
    }

    private long requireTeam(long teamId) {
        var me = currentUser.require();
        if (me.role() == Role.ADMIN || !teams.isVisible(teamId)) {
            throw new AccessDeniedException("Not a team of yours");
        }
        return me.accountId();
    }

}
