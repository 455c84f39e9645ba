package com.headroom.demo;

import com.headroom.security.Role;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountDraft;
import com.headroom.team.AccountFilter;
import com.headroom.team.AccountService;
import com.headroom.team.PasswordLinkService;
import com.headroom.team.TeamService;
import com.headroom.tier.TierDetails;
import com.headroom.tier.TierService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo organisation for a first look: two teams, an admin, two managers and six members on
 * different LinkedIn tiers. Loaded only into a database without accounts, and only where
 * {@code headroom.demo-data} is on (never in the mariadb profile). It goes through the same
 * services as a person would, so it obeys the same rules.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "headroom.demo-data", havingValue = "true")
@Profile("!mariadb")
class DemoData implements ApplicationRunner {

    /** Every demo account's password; README lists the logins. */
    static final String PASSWORD = "pace-your-outreach";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final TeamService teams;
    private final TierService tiers;
    private final AccountService accounts;
    private final PasswordLinkService passwordLinks;
    private final Clock clock;

    DemoData(TeamService teams, TierService tiers, AccountService accounts, PasswordLinkService passwordLinks,
            Clock clock) {
        this.teams = teams;
        this.tiers = tiers;
        this.accounts = accounts;
        this.passwordLinks = passwordLinks;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> {
            if (accounts.count(new AccountFilter(null, null, null, true)) > 0) {
                return;
            }
            load();
        });
    }

    private void load() {
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<String, Long> tier = tiers.offeredTiers().stream()
                .collect(Collectors.toMap(TierDetails::name, TierDetails::id));
        long emea = teams.create("EMEA Sales", "Europe/Berlin").id();
        long americas = teams.create("Americas Sales", "America/New_York").id();

        Function<AccountDraft, Long> add = draft -> {
            var link = accounts.invite(draft);
            passwordLinks.setPassword(link.token(), PASSWORD);
            return link.accountId();
        };
        add.apply(new AccountDraft("Avery Stone", "admin@acme.example", Role.ADMIN, null, null, null, null, null,
                Set.of()));
        add.apply(seat("Morgan Lee", "morgan@acme.example", Role.MANAGER, emea, tier.get("Sales Navigator Advanced"),
                today.minusYears(2), today.minusYears(9)));
        add.apply(seat("Jordan Patel", "jordan@acme.example", Role.MANAGER, americas,
                tier.get("Sales Navigator Core"), today.minusMonths(14), today.minusYears(7)));
        add.apply(seat("Dana Reyes", "dana@acme.example", Role.MEMBER, emea, tier.get("Sales Navigator Core"),
                today.minusMonths(8), today.minusYears(6)));
        add.apply(seat("Sam Okafor", "sam@acme.example", Role.MEMBER, emea, tier.get("Premium Business"),
                today.minusMonths(5), today.minusYears(4)));
        add.apply(seat("Lee Chen", "lee@acme.example", Role.MEMBER, emea, tier.get("Free"),
                today.minusWeeks(3), today.minusWeeks(3)));
        add.apply(seat("Priya Nair", "priya@acme.example", Role.MEMBER, americas, tier.get("Recruiter Lite"),
                today.minusMonths(11), today.minusYears(5)));
        add.apply(seat("Tomás García", "tomas@acme.example", Role.MEMBER, americas, tier.get("Premium Career"),
                today.minusMonths(2), today.minusYears(3)));
        add.apply(seat("Kim Müller", "kim@acme.example", Role.MEMBER, americas, tier.get("LinkedIn Recruiter"),
                today.minusMonths(20), today.minusYears(10)));
        log.info("Loaded the demo organisation: sign in as admin@acme.example / {}", PASSWORD);
    }

    private static AccountDraft seat(String name, String email, Role role, long teamId, Long tierId,
            LocalDate seatStartedOn, LocalDate linkedInStartedOn) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-').replace("á", "a").replace("ü", "u");
        return new AccountDraft(name, email, role, teamId, tierId, seatStartedOn,
                "https://www.linkedin.com/in/" + slug + "-demo", linkedInStartedOn, Set.of());
    }
}
