package com.headroom.prospect;

import com.headroom.base.InputValidator;
import com.headroom.base.LinkedInProfileUrl;
import com.headroom.base.RuleViolation;
import com.headroom.security.SignedIn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Met at <event>": the people a rep pastes after an event, webinar or Live become
 * prospects in one go, owned by the rep, with the event as their source. A preview names
 * every line that would be left out and why (no profile address, a bad one, already in
 * the team, pasted twice, erased); the good lines are stored even when some are not. The
 * same rules as adding one person by hand, do-not-contact marking included.
 */
@Service
@SignedIn
public class MetPeople {

    private final ProspectService prospects;

    private final ProspectAccess access;

    private final ErasedPeople erased;

    private final DoNotContactRepository doNotContact;

    private final InputValidator validator;

    private final TeamGate gate;

    MetPeople(ProspectService prospects, ProspectAccess access, ErasedPeople erased,
            DoNotContactRepository doNotContact, InputValidator validator, TeamGate gate) {
        this.prospects = prospects;
        this.access = access;
        this.erased = erased;
        this.doNotContact = doNotContact;
        this.validator = validator;
        this.gate = gate;
    }

    /**
     * One pasted line: the prospect it becomes, or why it is left out.
     *
     * @param warning said about a line that is kept (it will be marked do not contact)
     */
    public record Line(int number, String text, @Nullable ProspectDraft draft, @Nullable String problem,
            @Nullable String warning) {

        public boolean kept() {
            return problem == null;
        }

    }

    /** What a paste would add, line by line. */
    public record Preview(List<Line> lines) {

        public List<Line> kept() {
            return lines.stream().filter(Line::kept).toList();
        }

        public List<Line> leftOut() {
            return lines.stream().filter(l -> !l.kept()).toList();
        }

    }

    /** What was added, and the lines left out. */
    public record Added(List<ProspectDetails> added, List<Line> leftOut) {
    }

    @Transactional(readOnly = true)
    public Preview preview(long teamId, String pasted) {
        gate.requireTeam(teamId);
        var parsed = MetPeopleText.parse(pasted);
        if (parsed.size() > MetPeopleText.MOST_LINES) {
            throw new RuleViolation("people", "Paste at most " + MetPeopleText.MOST_LINES + " people at a time ("
                    + parsed.size() + " lines here); a longer list goes through Import CSV.");
        }
        var list = new DoNotContactList(doNotContact.findByTeamId(teamId));
        Map<String, Integer> seen = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (var p : parsed) {
            lines.add(check(teamId, p, list, seen));
        }
        return new Preview(List.copyOf(lines));
    }

    /** Adds the lines the preview keeps, met at the given event (webinar, Live …). */
    @Transactional
    public Added add(long teamId, ProspectOrigin origin, String pasted) {
        var clean = ProspectOrigin.of(origin.source(), origin.name(), origin.date());
        var preview = preview(teamId, pasted);
        List<ProspectDetails> added = new ArrayList<>();
        for (var line : preview.kept()) {
            added.add(prospects.add(teamId, line.draft(), clean));
        }
        return new Added(List.copyOf(added), preview.leftOut());
    }

    private Line check(long teamId, MetPeopleText.Parsed p, DoNotContactList list, Map<String, Integer> seen) {
        if (p.problem() != null) {
            return new Line(p.number(), p.text(), null, p.problem(), null);
        }
        LinkedInProfileUrl profile;
        try {
            profile = LinkedInProfileUrl.parse(p.profileUrl());
        }
        catch (RuleViolation invalid) {
            return new Line(p.number(), p.text(), null, invalid.getMessage(), null);
        }
        var draft = new ProspectDraft(p.firstName(), p.lastName(), p.title(), p.company(), profile.key(), "",
                EmailStatus.UNKNOWN, "", "", null, Set.of(), "");
        var problems = validator.problems(draft);
        if (!problems.isEmpty()) {
            return new Line(p.number(), p.text(), null, problems.values().iterator().next(), null);
        }
        if (erased.isErased(profile.key())) {
            return new Line(p.number(), p.text(), null, ProspectService.ERASED, null);
        }
        var held = access.heldBy(teamId, profile);
        if (held.isPresent()) {
            return new Line(p.number(), p.text(), null, held.get().getMessage(), null);
        }
        Integer earlier = seen.putIfAbsent(profile.key(), p.number());
        if (earlier != null) {
            return new Line(p.number(), p.text(), null, "The same person as line " + earlier + ".", null);
        }
        var probe = new Prospect(teamId, profile, ProspectSource.MANUAL, 0, java.time.Instant.EPOCH);
        probe.apply(draft);
        String warning = list.reasonFor(probe.profileUrl(), probe.companyKey(), probe.emailDomain())
            .map(reason -> "Will be marked do not contact: " + reason)
            .orElse(null);
        return new Line(p.number(), p.text(), draft, null, warning);
    }

}
