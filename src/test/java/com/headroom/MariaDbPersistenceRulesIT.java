package com.headroom;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same data rules on a real MariaDB, in the production profile (no demo data; the
 * first administrator from the environment). Runs when HEADROOM_TEST_MARIADB_URL names a
 * database; {@code .ci/run} sets it, and HEADROOM_REQUIRE_MARIADB=true, so that CI fails
 * rather than skips.
 */
@SpringBootTest(properties = { "headroom.admin.email=first.admin@mariadb.test",
        "headroom.admin.password=a long enough first password", "headroom.jobs.enabled=false" })
@ActiveProfiles("mariadb")
@MariaDbTest
@Import({ TestData.class, TestClock.Config.class, com.headroom.email.TestMailDomains.Config.class,
        com.headroom.outreach.LedgerDigestProbe.class })
class MariaDbPersistenceRulesIT extends PersistenceRules {

    @Autowired
    DataSource dataSource;

    @BeforeAll
    static void requireMariaDb() {
        MariaDbTest.Condition.failIfRequiredButMissing();
    }

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", MariaDbTest.Condition::url);
        registry.add("spring.datasource.username",
                () -> MariaDbTest.Condition.env("HEADROOM_TEST_MARIADB_USER", "root"));
        registry.add("spring.datasource.password",
                () -> MariaDbTest.Condition.env("HEADROOM_TEST_MARIADB_PASSWORD", ""));
    }

    @Test
    void the_tests_really_talk_to_mariadb() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("MariaDB");
        }
    }

    @Test
    void the_production_profile_loads_no_demo_data_and_creates_the_first_admin_from_the_environment() {
        assertThat(
                jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE email = 'admin@acme.example'", Integer.class))
            .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM team WHERE name = 'EMEA Sales'", Integer.class)).isZero();
        assertThat(
                jdbc.queryForObject("SELECT role FROM account WHERE email = 'first.admin@mariadb.test'", String.class))
            .isEqualTo("ADMIN");
    }

}
