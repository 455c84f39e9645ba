package com.headroom.prospect;

import com.headroom.base.CompanyName;
import com.headroom.base.Hashes;
import com.headroom.base.LinkedInProfileUrl;
import com.headroom.base.RuleViolation;
import com.headroom.security.HeadroomUser;
import com.headroom.security.Role;
import com.headroom.security.SignedIn;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's do-not-contact list: people, companies and e-mail domains the team must leave
 * alone, each with a reason. Anyone in the team adds an entry; managers remove them.
 * Matching prospects are marked at once and cannot move along the pipeline.
 */
@Service
@SignedIn
public class DoNotContactService {

    private final DoNotContactRepository entries;

    private final ProspectRepository prospects;

    private final ProspectStore store;

    private final ProspectHistoryStore history;

    private final TeamGate gate;

    private final ErasedPeople erased;

    private final Clock clock;

    DoNotContactService(DoNotContactRepository entries, ProspectRepository prospects, ProspectStore store,
            ProspectHistoryStore history, TeamGate gate, ErasedPeople erased, Clock clock) {
        this.entries = entries;
        this.prospects = prospects;
        this.store = store;
        this.history = history;
        this.gate = gate;
        this.erased = erased;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<DoNotContactRule> page(long teamId, Pageable pageable) {
        requireTeam(teamId);
        return entries.findByTeamId(teamId, pageable).map(DoNotContactEntry::rule);
    }

    @Transactional(readOnly = true)
    public long count(long teamId) {
        requireTeam(teamId);
        return entries.countByTeamId(teamId);
    }

    /**
     * Adds an entry and marks every matching prospect of the team.
     * @return how many prospects were marked
     */
    @Transactional
    public int add(long teamId, DoNotContactKind kind, String value, String reason) {
        var me = requireTeam(teamId);
        if (kind == null) {
            throw new RuleViolation("kind", "Choose what to block: a person, a company or an e-mail domain.");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "Say why, so that the team knows (\"asked us to stop\", \"customer\").");
        }
        if (reason.strip().length() > 300) {
            throw new RuleViolation("reason", "Keep the reason under 300 characters.");
        }
        var match = match(kind, value);
        if (kind == DoNotContactKind.PERSON && erased.isErased(match.value())) {
            throw new RuleViolation("value", "This person was erased from Headroom on their request. Their address is"
                    + " not kept, not even here; the erasure already stops anyone adding them again.");
        }
        if (entries.findByTeamIdAndKindAndMatchHash(teamId, kind, Hashes.sha256(match.value())).isPresent()) {
            throw new RuleViolation("value", match.shownAs() + " is already on the do-not-contact list.");
        }
        var now = clock.instant();
        var entry = entries.saveAndFlush(new DoNotContactEntry(teamId, kind, match.value(),
                Hashes.sha256(match.value()), match.shownAs(), reason.strip(), me.accountId(), me.displayName(), now));
        String why = entry.rule().sentence();
        String column = switch (kind) {
            case PERSON -> "profile_url";
            case COMPANY -> "company_key";
            case EMAIL_DOMAIN -> "email_domain";
        };
        return store.markDoNotContact(teamId, column, match.value(), clip(why), now, me.accountId(), me.displayName());
    }

    /**
     * Removes an entry (managers only); prospects no other entry matches are free again.
     */
    @Transactional
    public void remove(long entryId) {
        var entry = entries.findById(entryId).orElseThrow(() -> new RuleViolation("That entry no longer exists."));
        var me = requireTeam(entry.teamId());
        if (me.role() != Role.MANAGER) {
            throw new AccessDeniedException("Only managers remove do-not-contact entries");
        }
        entries.delete(entry);
        entries.flush();
        var list = new DoNotContactList(entries.findByTeamId(entry.teamId()));
        Instant now = clock.instant();
        for (var prospect : prospects.findByTeamIdAndDoNotContactTrue(entry.teamId())) {
            var still = list.reasonFor(prospect.profileUrl(), prospect.companyKey(), prospect.emailDomain());
            if (still.isEmpty()) {
                prospect.markDoNotContact(null);
                history.append(ProspectHistoryStore.Line.by(me, prospect.id(), now,
                        ProspectEvent.Kind.DO_NOT_CONTACT_LIFTED, null, null));
            }
            else if (!still.get().equals(prospect.doNotContactReason())) {
                prospect.markDoNotContact(still.get());
            }
        }
    }

    private record Match(String value, String shownAs) {
    }

    private static Match match(DoNotContactKind kind, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("value", "Enter the " + kind.valueLabel().toLowerCase(Locale.ROOT) + ".");
        }
        if (value.strip().length() > 300) {
            throw new RuleViolation("value", "Keep it under 300 characters.");
        }
        String clean = value.strip();
        return switch (kind) {
            case PERSON -> {
                var profile = LinkedInProfileUrl.parse(clean);
                yield new Match(profile.key(), profile.key());
            }
            case COMPANY -> {
                String key = CompanyName.key(clean);
                yield new Match(key, clean);
            }
            case EMAIL_DOMAIN -> {
                String domain = clean.toLowerCase(Locale.ROOT);
                domain = domain.contains("@") ? domain.substring(domain.lastIndexOf('@') + 1) : domain;
                if (!domain.matches("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+")) {
                    throw new RuleViolation("value", "Enter a domain like acme.com.");
                }
                yield new Match(domain, domain);
            }
        };
    }

    private HeadroomUser requireTeam(long teamId) {
        return gate.requireTeam(teamId);
    }

    private static String clip(String text) {
        return Texts.clip(text, 200);
    }

}
