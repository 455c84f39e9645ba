package com.headroom;

import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountDraft;
import com.headroom.team.AccountService;
import com.headroom.team.PasswordLinkService;
import com.headroom.team.TeamService;
import com.headroom.team.TeamSummary;
import com.headroom.tier.TierDetails;
import com.headroom.tier.TierService;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;

/**
 * Builds what a test needs through the real services, under names no other test uses: the test
 * database is shared by every test of the run.
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

    TestData(TeamService teams, TierService tiers, AccountService accounts, PasswordLinkService passwordLinks) {
        this.teams = teams;
        this.tiers = tiers;
        this.accounts = accounts;
        this.passwordLinks = passwordLinks;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public TeamSummary team(String prefix) {
        return SystemAuthentication.callAsSystem(() -> teams.create(unique(prefix), "Europe/Berlin"));
    }

    public TierDetails tier(String name) {
        return SystemAuthentication.callAsSystem(() -> tiers.offeredTiers().stream()
                .filter(t -> t.name().equals(name)).findFirst().orElseThrow());
    }

    /** An active account with {@link #PASSWORD}. */
    public Person person(String name, Role role, Long teamId, String tierName) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@test.example";
        Long tierId = tierName == null ? null : tier(tierName).id();
        var link = SystemAuthentication.callAsSystem(() -> accounts.invite(new AccountDraft(name, email, role, teamId,
                tierId, tierId == null ? null : LocalDate.of(2026, 3, 15), null, null, Set.of())));
        passwordLinks.setPassword(link.token(), PASSWORD);
        return new Person(link.accountId(), email, name);
    }

    /** A manager seated in one team (or none) who manages these teams. */
    public Person manager(String name, Long teamId, Set<Long> managedTeamIds) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@test.example";
        Long tierId = tier("Sales Navigator Core").id();
        var link = SystemAuthentication.callAsSystem(() -> accounts.invite(new AccountDraft(name, email, Role.MANAGER,
                teamId, tierId, LocalDate.of(2026, 3, 15), null, null, managedTeamIds)));
        passwordLinks.setPassword(link.token(), PASSWORD);
        return new Person(link.accountId(), email, name);
    }

    /** A member on a tier whose LinkedIn account started on a day: a new or returning account ramps up. */
    public Person member(String name, long teamId, String tierName, LocalDate linkedInStartedOn) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@test.example";
        Long tierId = tier(tierName).id();
        var link = SystemAuthentication.callAsSystem(() -> accounts.invite(new AccountDraft(name, email, Role.MEMBER,
                teamId, tierId, LocalDate.of(2026, 3, 15), null, linkedInStartedOn, Set.of())));
        passwordLinks.setPassword(link.token(), PASSWORD);
        return new Person(link.accountId(), email, name);
    }

    public Person member(String name, long teamId) {
        return person(name, Role.MEMBER, teamId, "Premium Business");
    }
}
