package com.headroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.headroom.base.AuditLog;
import com.headroom.base.RuleViolation;
import com.headroom.content.AnalyticsRow;
import com.headroom.content.ContentDraft;
import com.headroom.content.ContentFigures;
import com.headroom.content.ContentItem;
import com.headroom.content.ContentService;
import com.headroom.content.ContentStatus;
import com.headroom.content.ContentType;
import com.headroom.content.PostText;
import com.headroom.warmintro.ConnectionImportService;
import com.headroom.warmintro.ImportSummary;
import com.headroom.warmintro.WarmIntroService;
import com.headroom.warmintro.WarmPath;
import com.headroom.prospect.ProspectFilter;
import com.headroom.prospect.ProspectFixtures;
import com.headroom.prospect.ProspectRow;
import com.headroom.prospect.ProspectService;
import com.headroom.prospect.Stage;
import com.headroom.security.Role;
import com.headroom.security.SignInThrottle;
import com.headroom.security.SystemAuthentication;
import com.headroom.team.AccountDraft;
import com.headroom.team.AccountFilter;
import com.headroom.team.AccountService;
import com.headroom.team.TeamService;
import com.headroom.tier.TierDetails;
import com.headroom.tier.TierService;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import com.headroom.outreach.LogRequest;
import com.headroom.outreach.OutreachJobs;
import com.headroom.outreach.OutreachRefused;
import com.headroom.outreach.OutreachService;
import com.headroom.outreach.OutreachType;
import com.headroom.tier.InMailRenewal;
import com.headroom.tier.SecondInMailRule;
import com.headroom.tier.TierSettings;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The data rules that must hold on every database Headroom runs on. Each concrete
 * subclass runs them against one database (H2 in MariaDB mode; a real MariaDB).
 * Constraints are checked with plain SQL too: a rule only the Java code checks is not a
 * rule.
 */
abstract class PersistenceRules extends DashboardPersistenceRules {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignInThrottle signInThrottle;

    @Autowired
    Flyway flyway;

    @Autowired
    TierService tiers;

    @Autowired
    TeamService teams;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ProspectService prospects;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    @Autowired
    OutreachService outreach;

    @Autowired
    OutreachJobs jobs;

    @Autowired
    LockProvider lockProvider;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestClock clock;

    @Autowired
    ContentService content;

    @Autowired
    com.headroom.content.ContentReview review;

    @Autowired
    com.headroom.content.ContentPerformance performance;

    @Autowired
    WarmIntroService warmIntros;

    @Autowired
    com.headroom.prospect.PersonalDataService personalData;

    @Autowired
    ConnectionImportService connectionImports;

    @Autowired
    com.headroom.prospect.ProspectImportService prospectImports;

    @Test
    void every_migration_is_applied_and_the_seven_tiers_are_seeded() {
        assertThat(flyway.info().pending()).isEmpty();
        List<String> builtIn = jdbc.queryForList("SELECT name FROM tier WHERE built_in = TRUE ORDER BY id",
                String.class);
        assertThat(builtIn).containsExactly("Free", "Premium Career", "Premium Business", "Sales Navigator Core",
                "Sales Navigator Advanced", "Recruiter Lite", "LinkedIn Recruiter");
        assertThat(jdbc.queryForObject("SELECT inmail_max_balance FROM tier WHERE name = 'LinkedIn Recruiter'",
                Integer.class))
            .isEqualTo(600);
    }

    @Test
    void the_database_refuses_a_second_account_with_the_same_e_mail() {
        String email = unique("dup") + "@acme.example";
        insertAccount(email);
        assertThatThrownBy(() -> insertAccount(email)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_database_refuses_two_teams_whose_names_differ_only_in_case() {
        String name = unique("Case");
        jdbc.update("INSERT INTO team (name, name_key, created_at) VALUES (?, ?, ?)", name, name.toLowerCase(),
                Timestamp.from(Instant.now()));
        assertThatThrownBy(() -> SystemAuthentication.runAsSystem(() -> teams.create(name.toUpperCase(), "UTC")))
            .isInstanceOf(RuleViolation.class)
            .hasMessage("A team called " + name + " already exists.");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO team (name, name_key, created_at) VALUES (?, ?, ?)",
                name.toUpperCase(), name.toLowerCase(), Timestamp.from(Instant.now())))
            .isInstanceOf(DataIntegrityViolationException.class);
        // A team has a policy from its first moment; this bare row must not outlive the
        // test.
        jdbc.update("DELETE FROM team WHERE name = ?", name);
    }

    @Test
    void the_database_refuses_a_policy_that_warns_at_or_above_its_block() {
        var team = SystemAuthentication.callAsSystem(() -> teams.create(unique("Check"), "UTC"));
        assertThatThrownBy(() -> jdbc
            .update("UPDATE team_policy SET pending_invitations_warn_at = 800 WHERE team_id = ?", team.id()))
            .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT pending_invitations_warn_at FROM team_policy WHERE team_id = ?",
                Integer.class, team.id()))
            .isEqualTo(500);
    }

    @Test
    void a_seat_cannot_point_at_a_tier_that_does_not_exist() {
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO account (email, display_name, role, tier_id, created_at)"
                        + " VALUES (?, 'Ghost', 'MEMBER', 999999, ?)",
                unique("ghost") + "@acme.example", Timestamp.from(Instant.now())))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_tier_note_over_300_characters_is_refused_by_the_database() {
        assertThatThrownBy(() -> jdbc.update("UPDATE tier SET note_character_limit = 301 WHERE name = 'Free'"))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void an_audited_change_keeps_its_time_in_utc_to_the_microsecond() {
        Instant before = Instant.now();
        var team = SystemAuthentication.callAsSystem(() -> teams.create(unique("Clock"), "UTC"));
        Instant after = Instant.now();
        var created = SystemAuthentication.callAsSystem(() -> auditLog.historyOf("Team", team.id())).getFirst();
        // A zone mix-up would be hours off; a column without fractions would lose the
        // microseconds.
        assertThat(created.occurredAt()).isBetween(before.truncatedTo(ChronoUnit.MICROS), after);
        assertThat(created.occurredAt().getNano()).isNotZero();
    }

    @Test
    void a_tier_saved_from_a_stale_version_is_refused_and_the_newer_figures_stay() {
        TierDetails custom = SystemAuthentication
            .callAsSystem(() -> tiers.create(new com.headroom.tier.TierSettings(unique("Stale"), 100, null, 300, 0, 0,
                    com.headroom.tier.InMailRenewal.NONE, com.headroom.tier.SecondInMailRule.WAIT_FOR_REPLY, 120, 8000,
                    200, 1900, null)));
        var first = SystemAuthentication.callAsSystem(
                () -> tiers.update(custom.id(), custom.version(), Tiers.withWeeklyBudget(custom.settings(), 110)));
        assertThat(first.version()).isGreaterThan(custom.version());
        assertThatThrownBy(() -> SystemAuthentication.runAsSystem(
                () -> tiers.update(custom.id(), custom.version(), Tiers.withWeeklyBudget(custom.settings(), 90))))
            .isInstanceOf(RuleViolation.class)
            .hasMessageStartingWith("Someone else changed");
        assertThat(jdbc.queryForObject("SELECT weekly_invitation_budget FROM tier WHERE id = ?", Integer.class,
                custom.id()))
            .isEqualTo(110);
    }

    @Test
    void two_admins_inviting_the_same_e_mail_at_once_create_one_account() throws Exception {
        var team = SystemAuthentication.callAsSystem(() -> teams.create(unique("Race"), "UTC"));
        long tierId = SystemAuthentication.callAsSystem(() -> tiers.offeredTiers().getFirst().id());
        String email = unique("race") + "@acme.example";
        var draft = new AccountDraft("Race Person", email, Role.MEMBER, team.id(), tierId, LocalDate.of(2026, 1, 5),
                null, null, Set.of());
        var start = new CountDownLatch(1);
        Callable<String> invite = () -> {
            start.await();
            try {
                SystemAuthentication.runAsSystem(() -> accounts.invite(draft));
                return "invited";
            }
            catch (RuleViolation violation) {
                return violation.getMessage();
            }
        };
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(invite));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (var result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsOnlyOnce("invited");
            assertThat(outcomes.stream().filter(o -> !o.equals("invited")))
                .allSatisfy(o -> assertThat(o).startsWith("An account with " + email + " already exists"));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = ?", Integer.class, email))
            .isEqualTo(1);
        assertThat(SystemAuthentication
            .callAsSystem(() -> accounts.page(new AccountFilter(email, null, null, true), PageRequest.of(0, 5))
                .getTotalElements()))
            .isEqualTo(1);
    }

    /**
     * Twelve tries for one new e-mail at the same moment (more than the pool's ten
     * connections), each from its own address: none deadlocks on MariaDB's gap locks,
     * none starves the pool, and exactly the five free ones go on.
     */
    @Test
    void concurrent_sign_in_tries_for_a_new_email_are_counted_exactly_and_never_deadlock() throws Exception {
        String email = "race-" + UUID.randomUUID() + "@throttle.test";
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(12)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String address = "192.0.2." + (100 + i) + "-" + UUID.randomUUID().toString().substring(0, 6);
                results.add(pool.submit(() -> {
                    start.await();
                    // As the login filter does: rows first, then the count under their
                    // locks.
                    signInThrottle.prepare(email, address);
                    return signInThrottle.claim(email, address).allowed();
                }));
            }
            start.countDown();
            int allowed = 0;
            for (var result : results) {
                allowed += result.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(SignInThrottle.ACCOUNT.freeFailures());
        }
        assertThat(signInThrottle.waitFor(email, "192.0.2.99")).isPositive();
    }

    @Test
    void the_database_refuses_a_second_record_of_one_person_in_a_team_but_not_in_another_team() {
        var north = new ProspectFixtures(testData, prospects, users);
        var south = new ProspectFixtures(testData, prospects, users);
        String slug = unique("same-person-");
        var first = north.add(north.alice, "Pat", "One", "Acme", slug);
        assertThat(south.add(south.alice, "Pat", "One", "Acme", slug).id()).isNotEqualTo(first.id());
        assertThatThrownBy(() -> jdbc.update("INSERT INTO prospect (team_id, first_name, profile_url, profile_key_hash,"
                + " source, owner_id, stage, created_at, last_activity_at) SELECT team_id, 'Copy', profile_url,"
                + " profile_key_hash, source, owner_id, stage, created_at, last_activity_at FROM prospect WHERE id = ?",
                first.id()))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void two_members_adding_the_same_person_at_once_leave_one_record_and_tell_the_other_who_owns_it() throws Exception {
        var team = new ProspectFixtures(testData, prospects, users);
        String url = "https://www.linkedin.com/in/" + unique("race-person-");
        var start = new CountDownLatch(1);
        Callable<String> alice = () -> addAs(team.alice, team, url, start);
        Callable<String> bob = () -> addAs(team.bob, team, url, start);
        try (var pool = Executors.newFixedThreadPool(4)) {
            var results = List.of(pool.submit(alice), pool.submit(bob), pool.submit(alice), pool.submit(bob));
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (var result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsOnlyOnce("added");
            assertThat(outcomes.stream().filter(o -> !o.equals("added"))).hasSize(3)
                .allSatisfy(o -> assertThat(o)
                    .startsWith("Race Person is already in your team's prospects," + " owned by "));
        }
        assertThat(
                jdbc.queryForObject("SELECT COUNT(*) FROM prospect WHERE team_id = ?", Integer.class, team.team.id()))
            .isEqualTo(1);
    }

    @Test
    void a_file_naming_people_twice_stores_one_record_each_with_what_both_rows_add_and_a_second_import_changes_nothing()
            throws Exception {
        var team = new ProspectFixtures(testData, prospects, users);
        String suffix = unique("-").replace(' ', '-');
        var kai = team.add(team.alice, "Kai", "Known", "Acme", "kai-known" + suffix);
        var file = java.nio.file.Files.createTempFile("twice", ".csv");
        java.nio.file.Files.writeString(file,
                "First Name,LinkedIn URL,Email,Location\n" + "Kai,https://www.linkedin.com/in/kai-known" + suffix
                        + ",kai@acme.example,\n" + "Paula,https://www.linkedin.com/in/paula-twice" + suffix
                        + ",,Berlin\n" + "Kai,https://de.linkedin.com/in/KAI-KNOWN" + suffix + "/,,Oslo\n"
                        + "Paula,https://www.linkedin.com/in/paula-twice" + suffix
                        + "?trk=x,paula@acme.example,Munich\n");
        var mapping = List.of(com.headroom.prospect.ImportField.FIRST_NAME,
                com.headroom.prospect.ImportField.PROFILE_URL, com.headroom.prospect.ImportField.EMAIL,
                com.headroom.prospect.ImportField.LOCATION);
        var first = SignedInAs.call(users, team.alice.email(),
                () -> prospectImports.importFile(team.team.id(), file, mapping, done -> {
                }));
        assertThat(first.added()).isEqualTo(1);
        assertThat(first.filledIn()).isEqualTo(1);
        assertThat(first.mergedCount()).isEqualTo(2);
        String stored = "SELECT first_name, email, location, version FROM prospect WHERE team_id = ? ORDER BY first_name";
        var afterFirst = jdbc.queryForList(stored, team.team.id());
        assertThat(afterFirst).extracting(r -> r.get("first_name") + " " + r.get("email") + " " + r.get("location"))
            .containsExactly("Kai kai@acme.example Oslo", "Paula paula@acme.example Berlin");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prospect_history WHERE prospect_id = ?", Integer.class,
                kai.id()))
            .as("added, then filled in by the import")
            .isEqualTo(2);

        var again = SignedInAs.call(users, team.alice.email(),
                () -> prospectImports.importFile(team.team.id(), file, mapping, done -> {
                }));
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.mergedCount()).isEqualTo(2);
        assertThat(jdbc.queryForList(stored, team.team.id())).isEqualTo(afterFirst);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prospect_history WHERE prospect_id = ?", Integer.class,
                kai.id()))
            .isEqualTo(2);
    }

    @Test
    void slugs_that_differ_only_in_accents_are_two_people_whatever_the_collation() {
        var team = new ProspectFixtures(testData, prospects, users);
        String suffix = unique("-");
        team.add(team.alice, "Jurgen", "Muller", "Acme", "jurgen-muller" + suffix);
        team.add(team.alice, "Jürgen", "Müller", "Acme", "jürgen-müller" + suffix);
        assertThat(
                jdbc.queryForObject("SELECT COUNT(*) FROM prospect WHERE team_id = ?", Integer.class, team.team.id()))
            .isEqualTo(2);
    }

    @Test
    void the_word_index_finds_prospects_by_word_prefixes_and_sorts_by_stage_order() {
        var team = new ProspectFixtures(testData, prospects, users);
        var jane = team.add(team.alice, "Jane", "Doe", "Initech GmbH", unique("jane-"));
        team.add(team.alice, "Joe", "Bloggs", "Hooli", unique("joe-"));
        SignedInAs.run(users, team.alice.email(), () -> prospects.changeStage(jane.id(), Stage.MEETING));
        var found = SignedInAs.call(users, team.alice.email(),
                () -> prospects.search(ProspectFilter.team(team.team.id()).withText("ini do"), PageRequest.of(0, 10)));
        assertThat(found).extracting(ProspectRow::fullName).containsExactly("Jane Doe");
        var byStage = SignedInAs.call(users, team.alice.email(), () -> prospects
            .search(ProspectFilter.team(team.team.id()), PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "stage"))));
        assertThat(byStage).extracting(ProspectRow::fullName).containsExactly("Jane Doe", "Joe Bloggs");
        var counts = SignedInAs.call(users, team.alice.email(),
                () -> prospects.pipeline(ProspectFilter.team(team.team.id())));
        assertThat(counts.inStage(Stage.MEETING)).isEqualTo(1);
        assertThat(counts.inStage(Stage.NEW)).isEqualTo(1);
    }

    @Test
    void deleting_a_prospect_deletes_its_tags_words_notes_and_history_in_the_database() {
        var team = new ProspectFixtures(testData, prospects, users);
        var jane = team.add(team.alice, "Jane", "Doe", "Acme", unique("cascade-"));
        SignedInAs.run(users, team.alice.email(), () -> prospects.savePrivateNote(jane.id(), "note"));
        jdbc.update("INSERT INTO prospect_tag (prospect_id, tag) VALUES (?, 'vip')", jane.id());
        jdbc.update("DELETE FROM prospect WHERE id = ?", jane.id());
        for (String table : List.of("prospect_tag", "prospect_word", "prospect_private_note", "prospect_history")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE prospect_id = ?", Integer.class,
                    jane.id()))
                .as(table)
                .isZero();
        }
    }

    private String addAs(TestData.Person person, ProspectFixtures team, String url, CountDownLatch start)
            throws InterruptedException {
        start.await();
        try {
            SignedInAs.run(users, person.email(),
                    () -> prospects.add(team.team.id(), ProspectFixtures.draft("Race", "Person", "Acme", url)));
            return "added";
        }
        catch (RuleViolation refused) {
            return refused.getMessage();
        }
    }

    @Test
    void fifty_requests_spending_the_last_inmail_credit_spend_it_once_and_store_the_rest_as_beyond_the_count()
            throws Exception {
        clock.set(Instant.parse("2026-11-25T09:00:00Z"));
        try {
            var tier = SystemAuthentication
                .callAsSystem(() -> tiers.create(new TierSettings(unique("One credit"), 100, null, 300, 1, 1,
                        InMailRenewal.BILLING_DAY, SecondInMailRule.COSTS_ANOTHER_CREDIT, 120, 8000, 200, 1900, null)));
            var team = testData.team("Credits");
            var rep = testData.person("Last Credit", Role.MEMBER, team.id(), tier.name());
            var prospect = SignedInAs.call(users, rep.email(), () -> prospects.add(team.id(),
                    ProspectFixtures.draft("Ima", "Target", "Acme", "https://www.linkedin.com/in/" + unique("ima"))));
            // What LinkedIn really did is stored every time; the lock decides which one
            // took the credit.
            var outcomes = concurrently(50,
                    () -> SignedInAs
                        .call(users, rep.email(),
                                () -> outreach.log(new LogRequest(prospect.id(), OutreachType.INMAIL_SENT, null,
                                        "Subject", "Body", null, UUID.randomUUID().toString(), null)))
                        .countOff() ? "beyond the count" : "spent the credit");
            assertThat(outcomes).containsOnlyOnce("spent the credit");
            assertThat(outcomes.stream().filter(o -> o.equals("beyond the count"))).hasSize(49);
            assertThat(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM outreach_entry WHERE member_id = ? AND type =" + " 'INMAIL_SENT'",
                    Integer.class, rep.id()))
                .isEqualTo(50);
            assertThat(
                    SignedInAs.call(users, rep.email(), () -> outreach.myHeadroom()).orElseThrow().inMail().balance())
                .isZero();
        }
        finally {
            clock.reset();
        }
    }

    @Test
    void fifty_requests_for_the_last_invitation_of_the_week_let_one_through_and_ask_the_rest_for_a_reason()
            throws Exception {
        var tier = SystemAuthentication.callAsSystem(() -> tiers.create(new TierSettings(unique("One a week"), 1, null,
                300, 0, 0, InMailRenewal.NONE, SecondInMailRule.WAIT_FOR_REPLY, 120, 8000, 200, 1900, null)));
        var team = testData.team("Last invitation");
        var rep = testData.person("Last Invitation", Role.MEMBER, team.id(), tier.name());
        List<Long> targets = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            targets
                .add(SignedInAs
                    .call(users, rep.email(), () -> prospects.add(team.id(), ProspectFixtures.draft("Target" + n,
                            "Person", "Acme", "https://www.linkedin.com/in/" + unique("target"))))
                    .id());
        }
        var next = new java.util.concurrent.atomic.AtomicInteger();
        var outcomes = concurrently(50, () -> {
            long target = targets.get(next.getAndIncrement());
            try {
                SignedInAs.call(users, rep.email(), () -> outreach
                    .log(LogRequest.now(target, OutreachType.INVITATION_SENT, UUID.randomUUID().toString())));
                return "within the budget";
            }
            catch (OutreachRefused refused) {
                return refused.refusal().limit().name();
            }
        });
        assertThat(outcomes).containsOnlyOnce("within the budget");
        assertThat(outcomes.stream().filter(o -> o.equals("WEEKLY_BUDGET"))).hasSize(49);
        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM outreach_entry WHERE member_id = ? AND type =" + " 'INVITATION_SENT'",
                Integer.class, rep.id()))
            .isEqualTo(1);
    }

    /**
     * Runs the work on so many threads released at the same instant, and collects what
     * each returned.
     */
    private static List<String> concurrently(int threads, Callable<String> work) throws Exception {
        var start = new CountDownLatch(1);
        List<String> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            for (var result : results) {
                outcomes.add(result.get());
            }
        }
        return outcomes;
    }

    @Test
    void a_job_runs_on_one_node_only_while_another_node_holds_its_lock() {
        var team = testData.team("Jobs");
        var rep = testData.person("Job Watcher", Role.MEMBER, team.id(), "Sales Navigator Core");
        String grants = "SELECT COUNT(*) FROM outreach_entry WHERE member_id = ? AND type = 'INMAIL_CREDITS_GRANTED'";
        // A second application node: its own lock provider on the same database.
        var otherNode = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                    .withJdbcTemplate(new JdbcTemplate(dataSource))
                    .usingDbTime()
                    .build()));
        var lock = new LockConfiguration(Instant.now(), "inmail-grants", Duration.ofMinutes(5), Duration.ZERO);
        var ranOnOtherNode = new java.util.concurrent.atomic.AtomicBoolean();
        otherNode.executeWithLock((Runnable) () -> {
            ranOnOtherNode.set(true);
            // From another thread, as this node's scheduler would: ShedLock lets the
            // holding thread re-enter.
            try (var scheduler = Executors.newSingleThreadExecutor()) {
                scheduler.submit(() -> jobs.grantCredits()).get();
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
            assertThat(jdbc.queryForObject(grants, Integer.class, rep.id())).isZero();
        }, lock);
        assertThat(ranOnOtherNode).isTrue();
        jobs.grantCredits();
        assertThat(jdbc.queryForObject(grants, Integer.class, rep.id())).isPositive();
    }

    @Test
    void erasing_a_person_keeps_the_count_of_outreach_to_them_but_not_a_word_of_it() {
        var team = new ProspectFixtures(testData, prospects, users);
        var jane = team.add(team.alice, "Jane", "Doe", "Acme", unique("erase-"));
        var logged = SignedInAs.call(users, team.alice.email(), () -> outreach.log(new LogRequest(jane.id(),
                OutreachType.INVITATION_SENT, null, null, "Hi Jane, glad to connect.", null, unique("k"), null)));
        assertThat(jdbc.queryForObject("SELECT body FROM outreach_text WHERE entry_id = ?", String.class,
                logged.entryId()))
            .isEqualTo("Hi Jane, glad to connect.");
        jdbc.update("DELETE FROM prospect WHERE id = ?", jane.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outreach_text WHERE entry_id = ?", Integer.class,
                logged.entryId()))
            .isZero();
        assertThat(jdbc.queryForObject("SELECT type FROM outreach_entry WHERE id = ? AND prospect_id IS NULL",
                String.class, logged.entryId()))
            .isEqualTo("INVITATION_SENT");
    }

    @Test
    void the_database_refuses_a_second_entry_under_one_idempotency_key_and_an_unknown_type() {
        var team = new ProspectFixtures(testData, prospects, users);
        String insert = "INSERT INTO outreach_entry (team_id, member_id, type, occurred_at, logged_at, idempotency_key)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        var now = Timestamp.from(Instant.now());
        jdbc.update(insert, team.team.id(), team.alice.id(), "PROFILE_VIEWED", now, now, "same-key");
        assertThatThrownBy(
                () -> jdbc.update(insert, team.team.id(), team.alice.id(), "PROFILE_VIEWED", now, now, "same-key"))
            .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, team.team.id(), team.alice.id(), "INVITATION_FORGOTTEN", now, now,
                "other-key"))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void insertAccount(String email) {
        jdbc.update("INSERT INTO account (email, display_name, role, created_at) VALUES (?, 'Someone', 'MEMBER', ?)",
                email, Timestamp.from(Instant.now()));
    }

    @Test
    void a_long_article_with_emoji_and_accents_is_stored_whole() {
        var team = new ProspectFixtures(testData, prospects, users);
        // 60,000 characters as people see them; 120,000 UTF-16 units; 4-byte emoji with a
        // skin tone.
        String body = "é👍🏽 ".repeat(20_000);
        var stored = SignedInAs.call(users, team.alice.email(), () -> {
            var item = content.create(team.team.id(), new ContentDraft(ContentType.ARTICLE, null, "Long read 📈", body,
                    "#café", clock.instant().plus(Duration.ofDays(2))));
            return review.submit(item.id());
        });
        assertThat(stored.status()).isEqualTo(ContentStatus.SCHEDULED);
        assertThat(jdbc.queryForObject("SELECT body FROM content_item WHERE id = ?", String.class, stored.id()))
            .isEqualTo(body);
        assertThat(jdbc.queryForObject("SELECT title FROM content_item WHERE id = ?", String.class, stored.id()))
            .isEqualTo("Long read 📈");
        assertThat(PostText.length(body)).isEqualTo(60_000);
    }

    @Test
    void an_inbound_request_logged_from_four_clicks_at_once_is_stored_once_and_counted_once() throws Exception {
        var team = new ProspectFixtures(testData, prospects, users);
        var jane = team.add(team.alice, "Jane", "Doe", "Acme", unique("inbound-"));
        var post = SignedInAs.call(users, team.alice.email(), () -> {
            var at = clock.instant().minus(Duration.ofDays(1));
            var item = content.create(team.team.id(), new ContentDraft(ContentType.QUESTION, null, "Which page?",
                    "Which pricing page made you buy?", "", at));
            review.submit(item.id());
            return content.publish(item.id(), null, at);
        });
        var start = new CountDownLatch(1);
        Callable<Boolean> click = () -> {
            start.await();
            return SignedInAs.call(users, team.alice.email(),
                    () -> performance.logInboundRequest(post.id(), jane.id()));
        };
        List<Boolean> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(click));
            }
            start.countDown();
            for (var result : results) {
                outcomes.add(result.get());
            }
        }
        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM content_inbound_request WHERE item_id = ?", Integer.class,
                post.id()))
            .isEqualTo(1);
        var rows = SignedInAs.call(users, team.alice.email(), () -> performance.analytics(team.team.id(),
                LocalDate.now(clock).minusDays(7), LocalDate.now(clock).plusDays(1), ContentFigures.Dimension.TYPE));
        assertThat(rows).extracting(AnalyticsRow::group, AnalyticsRow::posts, AnalyticsRow::inboundRequests)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Question post", 1, 1));
    }

    @Test
    void two_people_moving_one_item_from_the_same_version_leave_one_move() throws Exception {
        var team = new ProspectFixtures(testData, prospects, users);
        var item = SignedInAs.call(users, team.alice.email(),
                () -> content.create(team.team.id(), new ContentDraft(ContentType.EDUCATIONAL, null, "Move me", "Text",
                        "", clock.instant().plus(Duration.ofDays(3)))));
        var start = new CountDownLatch(1);
        List<Callable<String>> movers = List.of(() -> moveAs(team.alice, item, Duration.ofDays(4), start),
                () -> moveAs(team.manager, item, Duration.ofDays(5), start));
        List<String> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<String>> results = new ArrayList<>();
            movers.forEach(m -> results.add(pool.submit(m)));
            start.countDown();
            for (var result : results) {
                outcomes.add(result.get());
            }
        }
        assertThat(outcomes).containsOnlyOnce("moved");
        assertThat(outcomes).filteredOn(o -> !o.equals("moved"))
            .singleElement()
            .asString()
            .startsWith("Someone else changed \"Move me\"");
        assertThat(jdbc.queryForObject("SELECT version FROM content_item WHERE id = ?", Long.class, item.id()))
            .isEqualTo(item.version() + 1);
    }

    private String moveAs(TestData.Person person, ContentItem item, Duration ahead, CountDownLatch start)
            throws InterruptedException {
        start.await();
        try {
            SignedInAs.run(users, person.email(),
                    () -> content.move(item.id(), item.version(), clock.instant().plus(ahead)));
            return "moved";
        }
        catch (RuleViolation refused) {
            return refused.getMessage();
        }
    }

    @Test
    void warm_paths_are_found_ranked_and_follow_a_re_import_on_this_database() {
        var team = new ProspectFixtures(testData, prospects, users);
        String run = unique("");
        String header = com.headroom.warmintro.ConnectionFiles.HEADER;
        java.util.function.Function<String, String> url = who -> "https://www.linkedin.com/in/" + who + "-" + run;
        var paula = team.add(team.alice, "Paula", "Prospect", "ACME, Inc.", "paula-" + run);
        // Names in other scripts and 4-byte characters survive the multi-row inserts.
        importConnections(team.bob,
                header + "Paula,Prospect," + url.apply("paula") + ",p@" + run
                        + ".example,Acme Corporation,VP Sales,1 Nov 2020\n" + "Карл,Коллега," + url.apply("carl")
                        + ",,\"Acme, Inc.\",Chief Financial Officer,1 Nov 2016\n" + "陈,静 🌟," + url.apply("chen")
                        + ",,ACME LLC,Software Engineer,1 Nov 2023\n");
        importConnections(team.manager,
                header + "Carl,Colleague," + url.apply("carl") + "/,,Acme Corp,CFO,1 Nov 2024\n");

        var paths = SignedInAs.call(users, team.alice.email(), () -> warmIntros.forProspect(paula.id()));
        assertThat(paths.direct()).extracting(WarmPath::introducerName).containsExactly("Bob Rep");
        assertThat(paths.colleagues()).extracting(WarmPath::introducerName, WarmPath::personName, WarmPath::score)
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Bob Rep", "Карл Коллега",
                            Math.min(30,
                                    (int) (java.time.temporal.ChronoUnit.MONTHS.between(LocalDate.of(2016, 11, 1),
                                            LocalDate.now(clock)) * 3 / 12))
                                    + 20),
                    org.assertj.core.groups.Tuple.tuple("Mia Manager", "Карл Коллега",
                            (int) (java.time.temporal.ChronoUnit.MONTHS.between(LocalDate.of(2024, 11, 1),
                                    LocalDate.now(clock)) * 3 / 12) + 20),
                    org.assertj.core.groups.Tuple.tuple("Bob Rep", "陈 静 🌟", (int) (java.time.temporal.ChronoUnit.MONTHS
                        .between(LocalDate.of(2023, 11, 1), LocalDate.now(clock)) * 3 / 12) + 4));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wi_person WHERE profile_url = ?", Integer.class,
                url.apply("carl")))
            .isEqualTo(1);
        // A name search in Cyrillic, a page of one row at a time, reaches both who know
        // Carl.
        List<WarmPath> byName = new ArrayList<>();
        for (int offset = 0; offset < 3; offset++) {
            int from = offset;
            byName.addAll(SignedInAs.call(users, team.alice.email(),
                    () -> warmIntros.search(team.team.id(), null, "Карл", null, from, 1)));
        }
        assertThat(byName).extracting(WarmPath::personName).containsExactly("Карл Коллега", "Карл Коллега");
        assertThat(byName).extracting(WarmPath::introducerName).containsExactlyInAnyOrder("Bob Rep", "Mia Manager");

        var again = importConnections(team.bob, header + "Paula,Prospect," + url.apply("paula") + ",p@" + run
                + ".example,Acme Corporation,CRO,1 Nov 2020\n");
        assertThat(again)
            .extracting(ImportSummary::kept, ImportSummary::added, ImportSummary::gone, ImportSummary::changed)
            .containsExactly(1, 0, 2, 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wi_connection WHERE member_id = ?", Integer.class,
                team.bob.id()))
            .isEqualTo(1);
        assertThat(SignedInAs.call(users, team.alice.email(), () -> warmIntros.forProspect(paula.id())).colleagues())
            .extracting(WarmPath::introducerName)
            .containsExactly("Mia Manager");

        // Erased by the e-mail on Bob's connection (any case, through the e-mail index),
        // Paula stays out
        // of later imports under a new address too.
        var erasure = SystemAuthentication
            .callAsSystem(() -> personalData.erase("P@" + run.toUpperCase() + ".example"));
        assertThat(erasure.records()).isEqualTo(1);
        assertThat(erasure.alsoDeleted()).containsEntry("Teammates' LinkedIn connections", 1);
        var later = importConnections(team.manager,
                header + "Paula,Prospect," + url.apply("paula-new") + ",p@" + run + ".example,Acme,CRO,1 Nov 2020\n"
                        + "Carl,Colleague," + url.apply("carl") + ",,Acme Corp,CFO,1 Nov 2024\n");
        assertThat(later.kept()).isEqualTo(1);
    }

    private ImportSummary importConnections(TestData.Person member, String file) {
        return SignedInAs.call(users, member.email(), () -> connectionImports.importConnections("Connections.csv",
                file.getBytes(java.nio.charset.StandardCharsets.UTF_8), done -> {
                }));
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

}
