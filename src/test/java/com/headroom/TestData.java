package com.headroom;

import com.headroom.prospect.ProspectDetails;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.prospect.ProspectService;
import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountDraft;
import com.headroom.team.AccountService;
import com.headroom.team.PasswordLinkService;
import com.headroom.team.TeamService;
import com.headroom.team.TeamSummary;
import com.headroom.tier.InMailRenewal;
import com.headroom.tier.SecondInMailRule;
import com.headroom.tier.TierDetails;
import com.headroom.tier.TierService;
import com.headroom.tier.TierSettings;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds what a test needs through the real services, under names no other test uses: the
 * test database is shared by every test of the run.
 */
@TestComponent
public class TestData {

    public static final String PASSWORD = "correct horse battery";

    public record Person(long id, String email, String name) {
    }

    private final TeamService teams;

    private final TierService tiers;

    private final AccountService accounts;

    private final PasswordLinkService passwordLinks;

    private final ProspectService prospects;

    private final UserDetailsService users;

    TestData(TeamService teams, TierService tiers, AccountService accounts, PasswordLinkService passwordLinks,
            ProspectService prospects, UserDetailsService users) {
        this.teams = teams;
        this.tiers = tiers;
        this.accounts = accounts;
        this.passwordLinks = passwordLinks;
        this.prospects = prospects;
        this.users = users;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An idempotency key no other request uses (a fresh rendering of a form). */
    public static String key() {
        return UUID.randomUUID().toString();
    }

    /**
     * The work's result, computed with this person signed in, as their request would run
     * it.
     */
    public <T> T as(Person person, Supplier<T> work) {
        return SignedInAs.call(users, person.email(), work);
    }

    /** The work, done with this person signed in, as their request would run it. */
    public void as(Person person, Runnable work) {
        SignedInAs.run(users, person.email(), work);
    }

    public TeamSummary team(String prefix) {
        return SystemAuthentication.callAsSystem(() -> teams.create(unique(prefix), "Europe/Berlin"));
    }

    public TierDetails tier(String name) {
        return SystemAuthentication.callAsSystem(
                () -> tiers.offeredTiers().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow());
    }

    /**
     * A tier of the test's own (the shipped ones stay as DESIGN.md says), named prefix
     * plus a unique tail: no cap on personalized notes, 300-character notes, 120 messages
     * a day and LinkedIn's message and InMail lengths; InMail credits renew on the
     * billing day if it has any.
     */
    public TierDetails newTier(String prefix, int weeklyInvitations, int monthlyInMailCredits, int inMailMaxBalance,
            SecondInMailRule secondInMail) {
        var renewal = monthlyInMailCredits > 0 ? InMailRenewal.BILLING_DAY : InMailRenewal.NONE;
        return SystemAuthentication.callAsSystem(() -> tiers.create(new TierSettings(unique(prefix), weeklyInvitations,
                null, 300, monthlyInMailCredits, inMailMaxBalance, renewal, secondInMail, 120, 8000, 200, 1900, null)));
    }

    /**
     * A prospect the owner adds to their team, at a profile address no other test uses.
     */
    public ProspectDetails prospect(Person owner, long teamId, String first, String last, String company) {
        return as(owner, () -> prospects.add(teamId, ProspectFixtures.draft(first, last, company,
                "https://www.linkedin.com/in/" + first.toLowerCase() + "-" + UUID.randomUUID())));
    }

    /** An active account with {@link #PASSWORD}. */
    public Person person(String name, Role role, Long teamId, String tierName) {
        Long tierId = tierName == null ? null : tier(tierName).id();
        return signedUp(name, role, teamId, tierId, null, Set.of());
    }

    /** A manager seated in one team (or none) who manages these teams. */
    public Person manager(String name, Long teamId, Set<Long> managedTeamIds) {
        return signedUp(name, Role.MANAGER, teamId, tier("Sales Navigator Core").id(), null, managedTeamIds);
    }

    /**
     * A member on a tier whose LinkedIn account started on a day: a new or returning
     * account ramps up.
     */
    public Person member(String name, long teamId, String tierName, LocalDate linkedInStartedOn) {
        return signedUp(name, Role.MEMBER, teamId, tier(tierName).id(), linkedInStartedOn, Set.of());
    }

    /**
     * Invited by an admin, with a seat from 15 Mar 2026 when on a tier, and
     * {@link #PASSWORD} set through the link.
     */
    private Person signedUp(String name, Role role, Long teamId, Long tierId, LocalDate linkedInStartedOn,
            Set<Long> managedTeamIds) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@test.example";
        var link = SystemAuthentication.callAsSystem(() -> accounts.invite(new AccountDraft(name, email, role, teamId,
                tierId, tierId == null ? null : LocalDate.of(2026, 3, 15), null, linkedInStartedOn, managedTeamIds)));
        passwordLinks.setPassword(link.token(), PASSWORD);
        return new Person(link.accountId(), email, name);
    }

    public Person member(String name, long teamId) {
        return person(name, Role.MEMBER, teamId, "Premium Business");
    }

}
