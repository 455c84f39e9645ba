package com.headroom.demo;

import com.headroom.prospect.DoNotContactKind;
import com.headroom.prospect.DoNotContactService;
import com.headroom.prospect.EmailStatus;
import com.headroom.prospect.ProspectDraft;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.security.HeadroomUser;
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
import java.util.HashMap;
import java.util.List;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A demo organisation for a first look: two teams, an admin, two managers and six members
 * on different LinkedIn tiers, with a few dozen prospects and a do-not-contact entry per
 * team. Loaded only into a database without accounts, and only where
 * {@code headroom.demo-data} is on (never in the mariadb profile). It goes through the
 * same services as a person would, so it obeys the same rules.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "headroom.demo-data", havingValue = "true")
@Profile("!mariadb")
class DemoData implements ApplicationRunner {

    /** Every demo account's password; README lists the logins. */
    static final String PASSWORD = "pace-your-outreach";

    /**
     * Lee's LinkedIn account is new: it started this many days before the demo loads,
     * which puts him in week 2 of the team's ramp-up (15 a day, under the Free tier's 100
     * a week). Nine days, so that he is in week 2 in any time zone the demo is loaded in.
     */
    static final int LEE_ON_LINKEDIN_FOR_DAYS = 9;

    /** Tomás's seat in Headroom started this many months before the demo loads. */
    static final int TOMAS_SEAT_MONTHS = 2;

    /**
     * Priya's seat started this many days (and some months) before the demo loads, so
     * that her billing day brought Recruiter Lite's InMail credits that many days ago:
     * credits live 90 days, so those expire within the week (a few days sooner where a
     * short month moved the billing day).
     */
    static final int PRIYA_GRANT_DAYS_AGO = 85;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final TeamService teams;

    private final TierService tiers;

    private final AccountService accounts;

    private final PasswordLinkService passwordLinks;

    private final ProspectService prospects;

    private final DoNotContactService doNotContact;

    private final UserDetailsService userDetails;

    private final Clock clock;

    DemoData(TeamService teams, TierService tiers, AccountService accounts, PasswordLinkService passwordLinks,
            ProspectService prospects, DoNotContactService doNotContact, UserDetailsService userDetails, Clock clock) {
        this.teams = teams;
        this.tiers = tiers;
        this.accounts = accounts;
        this.passwordLinks = passwordLinks;
        this.prospects = prospects;
        this.doNotContact = doNotContact;
        this.userDetails = userDetails;
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
        Map<String, Long> tier = tiers.offeredTiers()
            .stream()
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
        add.apply(seat("Jordan Patel", "jordan@acme.example", Role.MANAGER, americas, tier.get("Sales Navigator Core"),
                today.minusMonths(14), today.minusYears(7)));
        add.apply(seat("Dana Reyes", "dana@acme.example", Role.MEMBER, emea, tier.get("Sales Navigator Core"),
                today.minusMonths(8), today.minusYears(6)));
        add.apply(seat("Sam Okafor", "sam@acme.example", Role.MEMBER, emea, tier.get("Premium Business"),
                today.minusMonths(5), today.minusYears(4)));
        add.apply(seat("Lee Chen", "lee@acme.example", Role.MEMBER, emea, tier.get("Free"),
                today.minusDays(LEE_ON_LINKEDIN_FOR_DAYS), today.minusDays(LEE_ON_LINKEDIN_FOR_DAYS)));
        add.apply(seat("Priya Nair", "priya@acme.example", Role.MEMBER, americas, tier.get("Recruiter Lite"),
                today.minusDays(PRIYA_GRANT_DAYS_AGO).minusMonths(8), today.minusYears(5)));
        add.apply(seat("Tomás García", "tomas@acme.example", Role.MEMBER, americas, tier.get("Premium Career"),
                today.minusMonths(TOMAS_SEAT_MONTHS), today.minusYears(3)));
        add.apply(seat("Kim Müller", "kim@acme.example", Role.MEMBER, americas, tier.get("LinkedIn Recruiter"),
                today.minusMonths(20), today.minusYears(10)));
        prospects(emea, americas);
        log.info("Loaded the demo organisation: sign in as admin@acme.example / {}", PASSWORD);
    }

    /**
     * A few dozen prospects per team, in every stage, so that the lists are not empty on
     * first look.
     */
    private void prospects(long emea, long americas) {
        // owner e-mail | first | last | headline | company | slug | stage | tags
        String[] rows = {
                "dana@acme.example|Sophie|Martin|VP Sales EMEA|Initech GmbH|sophie-martin-demo|MEETING|fintech;decision maker",
                "dana@acme.example|Lukas|Schneider|Head of Revenue Operations|Initech GmbH|lukas-schneider-demo|CONVERSATION|revops",
                "dana@acme.example|Amélie|Dubois|Chief Commercial Officer|Société Générale|amelie-dubois-demo|CONNECTED|banking;decision maker",
                "dana@acme.example|Marco|Rossi|Sales Director Italy|Hooli Europe|marco-rossi-demo|INVITED|",
                "dana@acme.example|Ingrid|Larsen|CFO|Nordlys AS|ingrid-larsen-demo|RESEARCHED|cfo",
                "dana@acme.example|Jan|de Vries|Head of Partnerships|Vandelay Industries BV|jan-de-vries-demo|NEW|",
                "dana@acme.example|Chloé|Bernard|Procurement Lead|Globex|chloe-bernard-demo|ENGAGED|procurement",
                "sam@acme.example|Oliver|Smith|Enterprise Account Executive|Stark Industries Ltd|oliver-smith-demo|OPPORTUNITY|enterprise",
                "sam@acme.example|Emma|Johnson|Head of Sales Enablement|Wayne Enterprises plc|emma-johnson-demo|CONNECTED|enablement",
                "sam@acme.example|Noah|Williams|Director of Growth|Initech GmbH|noah-williams-demo|WON|",
                "sam@acme.example|Mia|Brown|Chief Revenue Officer|Umbrella Corp|mia-brown-demo|LOST|decision maker",
                "sam@acme.example|Lars|Nielsen|Country Manager Denmark|Hooli Europe|lars-nielsen-demo|NEW|",
                "lee@acme.example|Zofia|Kowalska|Sales Operations Manager|Cyberdyne Systems|zofia-kowalska-demo|RESEARCHED|revops",
                "lee@acme.example|Mateo|García|Business Development Manager|Soylent SA|mateo-garcia-demo|NEW|",
                "lee@acme.example|Aoife|Murphy|Head of Customer Success|Vehement Capital|aoife-murphy-demo|ENGAGED|",
                "morgan@acme.example|Henrik|Johansson|Chief Executive Officer|Nordlys AS|henrik-johansson-demo|MEETING|decision maker",
                "priya@acme.example|Ethan|Miller|VP Talent Acquisition|Massive Dynamic Inc|ethan-miller-demo|CONVERSATION|talent",
                "priya@acme.example|Olivia|Davis|Head of People|Initrode LLC|olivia-davis-demo|CONNECTED|",
                "priya@acme.example|Liam|Wilson|Recruiting Lead|Globex Corporation|liam-wilson-demo|INVITED|talent",
                "priya@acme.example|Ava|Moore|Chief People Officer|Tyrell Corp|ava-moore-demo|RESEARCHED|decision maker",
                "tomas@acme.example|Lucas|Taylor|Director of Sales|Acme Robotics|lucas-taylor-demo|NEW|",
                "tomas@acme.example|Isabella|Anderson|Revenue Operations Analyst|Hooli|isabella-anderson-demo|ENGAGED|revops",
                "tomas@acme.example|Benjamin|Thomas|VP Marketing|Pied Piper|benjamin-thomas-demo|MEETING|marketing",
                "kim@acme.example|Charlotte|Jackson|Senior Technical Recruiter|Massive Dynamic Inc|charlotte-jackson-demo|OPPORTUNITY|talent",
                "kim@acme.example|James|White|Head of Engineering Hiring|Pied Piper|james-white-demo|CONNECTED|",
                "kim@acme.example|Amelia|Harris|Talent Partner|Tyrell Corp|amelia-harris-demo|WON|talent",
                "jordan@acme.example|William|Martin|Chief Sales Officer|Initrode LLC|william-martin-demo|CONVERSATION|decision maker", };
        // Work addresses the team already holds: what "Suggest an address" learns
        // Initech's
        // format from (Lukas Schneider there has none yet).
        var addresses = Map.of("sophie-martin-demo", "sophie.martin@initech-gmbh.de", "noah-williams-demo",
                "noah.williams@initech-gmbh.de", "oliver-smith-demo", "osmith@stark-industries.co.uk");
        var users = new HashMap<String, HeadroomUser>();
        for (String row : rows) {
            String[] f = row.split("\\|", -1);
            var owner = users.computeIfAbsent(f[0], email -> (HeadroomUser) userDetails.loadUserByUsername(email));
            long team = List.of("dana@acme.example", "sam@acme.example", "lee@acme.example", "morgan@acme.example")
                .contains(f[0]) ? emea : americas;
            SystemAuthentication.runAs(owner, () -> {
                var tags = f[7].isEmpty() ? Set.<String>of() : Set.of(f[7].split(";"));
                var added = prospects.add(team, new ProspectDraft(f[1], f[2], f[3], f[4],
                        "https://www.linkedin.com/in/" + f[5], addresses.getOrDefault(f[5], ""),
                        addresses.containsKey(f[5]) ? EmailStatus.FOUND : EmailStatus.UNKNOWN, "", "", null, tags, ""));
                var stage = Stage.valueOf(f[6]);
                if (stage != Stage.NEW) {
                    prospects.changeStage(added.id(), stage);
                }
            });
        }
        var dana = users.get("dana@acme.example");
        SystemAuthentication.runAs(dana, () -> doNotContact.add(emea, DoNotContactKind.COMPANY, "Globex",
                "Existing customer: the account team handles them"));
        var priya = users.get("priya@acme.example");
        SystemAuthentication.runAs(priya, () -> doNotContact.add(americas, DoNotContactKind.PERSON,
                "https://www.linkedin.com/in/liam-wilson-demo", "Asked us not to contact him again"));
    }

    private static AccountDraft seat(String name, String email, Role role, long teamId, Long tierId,
            LocalDate seatStartedOn, LocalDate linkedInStartedOn) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-').replace("á", "a").replace("ü", "u");
        return new AccountDraft(name, email, role, teamId, tierId, seatStartedOn,
                "https://www.linkedin.com/in/" + slug + "-demo", linkedInStartedOn, Set.of());
    }

}
