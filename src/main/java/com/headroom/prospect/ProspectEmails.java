package com.headroom.prospect;

import com.headroom.base.RuleViolation;
import com.headroom.prospect.ProspectHistoryStore.Line;
import com.headroom.security.CurrentUser;
import com.headroom.security.SignedIn;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prospects' e-mail addresses for the e-mail channel: what the team holds at a company's
 * domains (to learn its address format), a picked suggestion stored as guessed, and what
 * a reply or a bounce says about an address.
 */
@Service
@SignedIn
public class ProspectEmails {

    /** An address the team holds for a named person. */
    public record HeldAddress(String firstName, String lastName, String address, EmailStatus status) {
    }

    /** A prospect found by address, for reading an e-mail tool's activity back. */
    public record Recipient(long prospectId, long ownerId, String name, boolean doNotContact) {
    }

    private final ProspectAccess access;

    private final ProspectEmailStore store;

    private final ProspectRepository prospects;

    private final ProspectHistoryStore history;

    private final ErasedPeople erased;

    private final DoNotContactMarking marking;

    private final TeamGate gate;

    private final CurrentUser currentUser;

    private final Clock clock;

    ProspectEmails(ProspectAccess access, ProspectEmailStore store, ProspectRepository prospects,
            ProspectHistoryStore history, ErasedPeople erased, DoNotContactMarking marking, TeamGate gate,
            CurrentUser currentUser, Clock clock) {
        this.access = access;
        this.store = store;
        this.prospects = prospects;
        this.history = history;
        this.erased = erased;
        this.marking = marking;
        this.gate = gate;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The team's prospects' addresses at these domains. */
    @Transactional(readOnly = true)
    public List<HeldAddress> addressesAt(long teamId, Collection<String> domains) {
        gate.requireTeam(teamId);
        return store.addressesAt(teamId, domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * The domains the team's addresses at a company use, with how many addresses each.
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> domainsOfCompany(long teamId, String companyKey) {
        gate.requireTeam(teamId);
        return store.domainsOfCompany(teamId, companyKey);
    }

    /** Whether the team has this address on a prospect (so anyone in it may see it). */
    @Transactional(readOnly = true)
    public boolean teamHolds(long teamId, String address) {
        gate.requireTeam(teamId);
        return store.teamHolds(teamId, address.strip().toLowerCase(Locale.ROOT));
    }

    /** The team's prospects with these addresses, by address. */
    @Transactional(readOnly = true)
    public Map<String, Recipient> byAddress(long teamId, Collection<String> addresses) {
        gate.requireTeam(teamId);
        return store.byAddress(teamId, addresses.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * The addresses worth writing to (held, not bounced, not do-not-contact) of these
     * prospects, by prospect.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> usableAddresses(long teamId, Collection<Long> prospectIds) {
        gate.requireTeam(teamId);
        return store.usableAddresses(teamId, prospectIds);
    }

    /**
     * Stores an address on a prospect with how far it is known (a picked suggestion is
     * {@link EmailStatus#GUESSED}), with a line in its history saying why.
     * @param why what the history says about it ("first.last, 9 of 11 known addresses")
     */
    @Transactional
    public ProspectDetails useAddress(long id, long expectedVersion, String address, EmailStatus status, String why) {
        var prospect = access.find(id);
        access.requireMayEdit(prospect);
        ProspectAccess.requireVersion(prospect, expectedVersion);
        String clean = address.strip().toLowerCase(Locale.ROOT);
        if (erased.isErasedEmail(clean)) {
            throw new RuleViolation("email", "That e-mail address belongs to someone erased from Headroom.");
        }
        var me = currentUser.require();
        var now = clock.instant();
        String before = prospect.email();
        prospect.setEmail(clean);
        prospect.fillEmailStatus(status);
        var marked = marking.apply(prospect, me, now);
        prospect = prospects.saveAndFlush(prospect);
        history.append(Line.by(me, id, now, ProspectEvent.Kind.EMAIL_CHANGED, before,
                clean + " (" + status.label().toLowerCase(Locale.ROOT) + ": " + why + ")"));
        marked.ifPresent(history::append);
        return access.details(prospect);
    }

    /**
     * What an e-mail's outcome says about the prospect's address: a bounce marks it
     * bounced, a reply verified. Runs inside the logging transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordOutcome(long id, EmailStatus learned) {
        var prospect = access.find(id);
        if (prospect.email() == null || Objects.equals(prospect.emailStatus(), learned)) {
            return;
        }
        var from = prospect.emailStatus();
        prospect.fillEmailStatus(learned);
        prospects.saveAndFlush(prospect);
        history.append(Line.by(currentUser.require(), id, clock.instant(), ProspectEvent.Kind.EMAIL_STATUS_CHANGED,
                from.label(), learned.label()));
    }

}
