package com.headroom.demo;

import com.headroom.outreach.LogRequest;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.security.HeadroomUser;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.TeamService;
import com.headroom.warmintro.StrengthOverride;
import com.headroom.warmintro.WarmIntroService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The playbook on the demo: EMEA Sales names its target regions and industries, and its
 * prospects get places and industries (about one in five outside, one in ten unknown);
 * Morgan's last week went mostly to the UK and France, which turns his account amber;
 * every prospect without an ICP fit gets one; Dana has prospects half warmed up, two
 * connections she marked close, and a network the size her export says; Sam's network is
 * close to LinkedIn's 30,000. History's warmed invitations ({@link HistoryPlan}) give
 * Results' comparison its figures.
 */
@Component
@Order(75)
@ConditionalOnProperty(name = "headroom.demo-data", havingValue = "true")
@Profile("!mariadb")
class DemoPlaybook implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlaybook.class);

    static final Set<String> EMEA_REGIONS = Set.of("Germany", "Austria", "Switzerland");

    static final Set<String> EMEA_INDUSTRIES = Set.of("Software Development", "IT Services and IT Consulting",
            "Financial Services");

    /**
     * Places by prospect id: the first seven inside EMEA's targets, two outside, one
     * unknown.
     */
    private static final List<String> PLACES = List.of("Munich, Bavaria, Germany", "Berlin, Germany", "Vienna, Austria",
            "Zürich, Switzerland", "Hamburg, Germany", "Frankfurt, Hesse, Germany", "Graz, Styria, Austria",
            "London, England, United Kingdom", "Paris, Île-de-France, France", "");

    private static final List<String> INDUSTRIES = List.of("Software Development", "IT Services and IT Consulting",
            "Financial Services", "Software Development", "Computer Software", "IT Services and IT Consulting",
            "Manufacturing", "Software Development", "Financial Services", "");

    /** Sam's network: a long-standing seller near LinkedIn's cap. */
    static final int SAMS_CONNECTIONS = 29_412;

    private final TeamService teams;

    private final OutreachService outreach;

    private final WarmIntroService warmIntros;

    private final UserDetailsService users;

    private final JdbcTemplate jdbc;

    private final Clock clock;

    DemoPlaybook(TeamService teams, OutreachService outreach, WarmIntroService warmIntros, UserDetailsService users,
            JdbcTemplate jdbc, Clock clock) {
        this.teams = teams;
        this.outreach = outreach;
        this.warmIntros = warmIntros;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> emea = jdbc.queryForList("SELECT id FROM team WHERE name = 'EMEA Sales'", Long.class);
        Integer placed = jdbc.queryForObject("SELECT COUNT(*) FROM prospect WHERE location <> ''", Integer.class);
        if (emea.isEmpty() || placed == null || placed > 0) {
            return;
        }
        long team = emea.getFirst();
        SystemAuthentication.callAsSystem(() -> {
            var policy = teams.policy(team);
            return teams.updatePolicy(team, policy.version(),
                    policy.settings().withTargets(EMEA_REGIONS, EMEA_INDUSTRIES));
        });
        // Every demo prospect gets a place and an industry, spread by id.
        for (int slot = 0; slot < PLACES.size(); slot++) {
            jdbc.update("UPDATE prospect SET location = ?, industry = ? WHERE MOD(id, ?) = ?", PLACES.get(slot),
                    INDUSTRIES.get(slot), PLACES.size(), slot);
        }
        // An ICP fit on those without one, so that Results' quality connections (fit 4 or
        // 5)
        // have something to count: about two in five fit well.
        jdbc.update("UPDATE prospect SET icp_fit = MOD(id * 7, 5) + 1 WHERE icp_fit IS NULL");
        Instant now = clock.instant();
        // Morgan's last week: mostly abroad, so that the targeting warning shows.
        jdbc.update("UPDATE prospect SET location = 'Manchester, England, United Kingdom' WHERE id IN ("
                + " SELECT e.prospect_id FROM outreach_entry e JOIN account a ON a.id = e.member_id"
                + " WHERE a.email = 'morgan@acme.example' AND e.type = 'INVITATION_SENT' AND e.occurred_at > ?)",
                java.sql.Timestamp.from(now.minus(Duration.ofDays(7))));
        var zone = java.time.ZoneId.of(SystemAuthentication.callAsSystem(() -> teams.pacing(team)).timeZone());
        danaWarmsUp(now.atZone(zone).toLocalDate().minusDays(1).atTime(11, 0).atZone(zone).toInstant());
        danasCloseConnections();
        jdbc.update("UPDATE wi_member SET connections = ? WHERE member_id = (SELECT id FROM account WHERE email = ?)",
                SAMS_CONNECTIONS, "sam@acme.example");
        log.info("Demo: EMEA Sales targets {} and {}; Dana warms up and keeps in touch", EMEA_REGIONS, EMEA_INDUSTRIES);
    }

    /**
     * Two of Dana's researched prospects got a profile view yesterday: one day of the
     * two, so My day lists them under "Warm up today".
     */
    private void danaWarmsUp(Instant yesterday) {
        var planned = jdbc.queryForList("SELECT p.id FROM prospect p JOIN account a ON a.id = p.owner_id"
                + " WHERE a.email = 'dana@acme.example' AND p.stage IN ('RESEARCHED', 'ENGAGED')"
                + " AND p.do_not_contact = FALSE AND NOT EXISTS (SELECT 1 FROM outreach_entry e"
                + " WHERE e.prospect_id = p.id AND e.type IN ('PROFILE_VIEWED', 'POST_ENGAGED'))"
                + " ORDER BY p.id LIMIT 2", Long.class);
        as("dana@acme.example", () -> planned.forEach(id -> outreach.log(new LogRequest(id, OutreachType.PROFILE_VIEWED,
                yesterday, null, null, null, "demo:warm-up:" + UUID.randomUUID(), null))));
    }

    /**
     * Dana says she is close to two of her connections: they come up to keep in touch.
     */
    private void danasCloseConnections() {
        var close = jdbc.queryForList(
                "SELECT c.person_id FROM wi_connection c JOIN account a ON a.id = c.member_id"
                        + " WHERE a.email = 'dana@acme.example' ORDER BY c.connected_on, c.person_id LIMIT 2",
                Long.class);
        as("dana@acme.example", () -> close.forEach(id -> warmIntros.setStrength(id, StrengthOverride.CLOSE)));
    }

    private void as(String email, Runnable work) {
        SystemAuthentication.runAs((HeadroomUser) users.loadUserByUsername(email), work);
    }

}
