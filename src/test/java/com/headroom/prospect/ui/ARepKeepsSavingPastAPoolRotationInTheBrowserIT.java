package com.headroom.prospect.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.BrowserTest;
import com.headroom.Chromium;
import com.headroom.DemoAccounts;
import com.headroom.TestClock;
import com.headroom.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The embedded database must keep saving all day. Hikari retires each connection at its
 * lifetime (here the shortest it allows, 30 s, instead of 30 minutes), the one Flyway
 * built the schema on included; then a rep adds a prospect in the browser and it is
 * stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:rotation-browser;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.hikari.max-lifetime=30000", "spring.datasource.hikari.keepalive-time=0" })
@ActiveProfiles("test")
@Import({ TestData.class, TestClock.Config.class })
@BrowserTest
class ARepKeepsSavingPastAPoolRotationInTheBrowserIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_rep_signed_in_before_the_pool_replaced_its_connections_still_saves_a_prospect(Chromium chromium)
            throws Exception {
        var sessionsAtStart = sessions();
        chromium.signIn(DemoAccounts.MEMBER_DANA, DemoAccounts.PASSWORD);
        chromium.open("/prospects");
        chromium.waitFor(By.xpath("//vaadin-button[normalize-space(.)='Add prospect']"));

        // Wait until none of the database sessions open at start is left: the pool has
        // rotated.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (sessions().stream().anyMatch(sessionsAtStart::contains)) {
            assertThat(Instant.now()).as("the pool replaced its connections within 90 s").isBefore(deadline);
            Thread.sleep(1000);
        }

        String slug = "rotated-" + System.nanoTime();
        chromium.click("Add prospect");
        chromium.field("vaadin-text-field", "First name").sendKeys("Rotated");
        chromium.field("vaadin-text-field", "Last name").sendKeys("Rep");
        chromium.field("vaadin-text-field", "LinkedIn profile").sendKeys("https://www.linkedin.com/in/" + slug);
        chromium.waitForClickable(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Add prospect']"))
            .click();
        chromium.notification("Rotated Rep");
        chromium.keepScreenshot("saved-after-pool-rotation.png");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prospect WHERE profile_url = ?", Integer.class,
                "https://www.linkedin.com/in/" + slug))
            .isEqualTo(1);
    }

    private HashSet<Integer> sessions() {
        // The pool's connections are this database's only sessions; the one asking is one
        // of them.
        List<Integer> ids = jdbc.queryForList("SELECT session_id FROM information_schema.sessions", Integer.class);
        return new HashSet<>(ids);
    }

}
