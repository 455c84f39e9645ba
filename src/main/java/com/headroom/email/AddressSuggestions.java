package com.headroom.email;

import com.headroom.base.RuleViolation;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectEmails;
import com.headroom.prospect.ProspectService;
import com.headroom.security.CurrentUser;
import com.headroom.security.SignedIn;
import com.headroom.warmintro.ConnectionEmails;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests, stores and checks a prospect's work address. Learns from the team's
 * prospects' addresses and the rep's own connections' addresses; a candidate that only a
 * teammate's connections hold is never offered (their addresses are theirs to see).
 */
@Service
@SignedIn
public class AddressSuggestions {

    /** How many candidates a rep is offered. */
    static final int CANDIDATES = 5;

    private final ProspectService prospects;

    private final ProspectEmails prospectEmails;

    private final ConnectionEmails connectionEmails;

    private final CompanyDomains companyDomains;

    private final AddressCheck addressCheck;

    private final EmailStore store;

    private final CurrentUser currentUser;

    private final Clock clock;

    AddressSuggestions(ProspectService prospects, ProspectEmails prospectEmails, ConnectionEmails connectionEmails,
            CompanyDomains companyDomains, AddressCheck addressCheck, EmailStore store, CurrentUser currentUser,
            Clock clock) {
        this.prospects = prospects;
        this.prospectEmails = prospectEmails;
        this.connectionEmails = connectionEmails;
        this.companyDomains = companyDomains;
        this.addressCheck = addressCheck;
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Suggestions suggest(long prospectId) {
        var prospect = prospects.details(prospectId);
        return suggest(prospect);
    }

    private Suggestions suggest(ProspectDetails prospect) {
        var draft = prospect.draft();
        String company = draft.company() == null ? "" : draft.company().strip();
        if (company.isEmpty()) {
            return new Suggestions(company, List.of(), List.of(),
                    "Add the company first: Headroom learns address formats per company.");
        }
        var name = PersonName.of(draft.firstName(), draft.lastName());
        if (!name.isUsable()) {
            return new Suggestions(company, List.of(), List.of(),
                    "Headroom needs a first and last name made of letters to suggest an address.");
        }
        var domains = companyDomains.of(prospect.teamId(), company).keySet();
        if (domains.isEmpty()) {
            return new Suggestions(company, List.of(), List.of(), "Headroom knows no address at " + company
                    + " yet. Add one you know to any prospect there, or ask an admin to add the company's domain.");
        }
        List<KnownAddress> known = new ArrayList<>();
        for (var held : prospectEmails.addressesAt(prospect.teamId(), domains)) {
            known.add(new KnownAddress(held.firstName(), held.lastName(), held.address(),
                    held.status() == EmailStatus.BOUNCED));
        }
        for (var own : connectionEmails.mineAt(domains)) {
            known.add(new KnownAddress(own.firstName(), own.lastName(), own.address(), false));
        }
        List<DomainPatterns> patterns = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (String domain : domains) {
            var learned = AddressPatterns.learn(domain, known);
            patterns.add(learned);
            if (learned.formats().isEmpty()) {
                evidence.add(domain + ": no known address to learn from yet");
            }
            else {
                learned.formats().stream().limit(2).forEach(f -> evidence.add(f.evidence()));
            }
        }
        var candidates = AddressCandidates.suggest(name, patterns, CANDIDATES * 2)
            .stream()
            .filter(c -> mayOffer(prospect.teamId(), c.address()))
            .limit(CANDIDATES)
            .toList();
        String whyNone = candidates.isEmpty() ? "The addresses Headroom knows at " + company
                + " are too few or too mixed to suggest one. Add an address you know, or ask the person." : "";
        return new Suggestions(company, evidence, candidates, whyNone);
    }

    /** The privacy rule: an address only a teammate's connections hold stays theirs. */
    private boolean mayOffer(long teamId, String address) {
        return !connectionEmails.heldByATeammate(teamId, address) || prospectEmails.teamHolds(teamId, address);
    }

    /**
     * Stores a suggested address as guessed, with its evidence in the prospect's history,
     * and checks it at once.
     */
    @Transactional
    public ProspectDetails pick(long prospectId, long expectedVersion, String address) {
        var prospect = prospects.details(prospectId);
        var chosen = suggest(prospect).candidates()
            .stream()
            .filter(c -> c.address().equalsIgnoreCase(address))
            .findFirst()
            .orElseThrow(() -> new RuleViolation("email",
                    "That address is no longer among the suggestions. Open the suggestions again."));
        var after = prospectEmails.useAddress(prospectId, expectedVersion, chosen.address(), EmailStatus.GUESSED,
                chosen.format().label() + ", " + chosen.matches() + " of " + chosen.known() + " known addresses");
        store.saveCheck(prospectId, addressCheck.check(chosen.address(), clock.instant()),
                currentUser.require().accountId());
        return after;
    }

    /**
     * Checks the prospect's address without sending anything (syntax, the domain's mail
     * servers, role and disposable addresses) and records what was found.
     */
    @Transactional
    public StoredCheck check(long prospectId) {
        var prospect = prospects.details(prospectId);
        if (!prospect.mayEdit()) {
            throw new RuleViolation("The prospect's owner or a manager checks its address.");
        }
        String address = prospect.draft().email();
        if (address == null || address.isBlank()) {
            throw new RuleViolation("email", "There is no address to check: suggest one or type it in.");
        }
        store.saveCheck(prospectId, addressCheck.check(address, clock.instant()), currentUser.require().accountId());
        return store.check(prospectId).orElseThrow();
    }

    /** The latest check of the prospect's current address, if there was one. */
    @Transactional(readOnly = true)
    public Optional<StoredCheck> lastCheck(long prospectId) {
        var prospect = prospects.details(prospectId);
        String address = prospect.draft().email();
        return store.check(prospectId).filter(c -> c.address().equalsIgnoreCase(address == null ? "" : address));
    }

    /** The e-mail tools the prospect went to, latest first. */
    @Transactional(readOnly = true)
    public List<ExportLine> exports(long prospectId) {
        prospects.details(prospectId); // checks the prospect is the caller's team's
        return store.exports(prospectId, 5);
    }

}
