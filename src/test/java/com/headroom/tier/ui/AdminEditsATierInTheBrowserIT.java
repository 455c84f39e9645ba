package com.headroom.tier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.BrowserTest;
import com.headroom.Chromium;
import com.headroom.DemoAccounts;
import com.headroom.WebAppTest;
import com.headroom.security.SystemAuthentication;
import com.headroom.tier.TierService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo admin signs in through the real login page in headless Chromium and edits a
 * tier. Debian's chromium and chromedriver are used as installed; Selenium Manager never
 * downloads.
 */
@WebAppTest
@BrowserTest
class AdminEditsATierInTheBrowserIT {

    @Autowired
    TierService tiers;

    @Test
    void the_demo_admin_signs_in_on_the_login_page_and_edits_a_tier_limit(Chromium chromium) throws Exception {
        chromium.open("/login");
        chromium.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        String sessionBefore = chromium.browser().manage().getCookieNamed("JSESSIONID").getValue();
        chromium.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        assertThat(chromium.browser().manage().getCookieNamed("JSESSIONID").getValue())
            .as("signing in changes the session id")
            .isNotEqualTo(sessionBefore);

        chromium.open("/tiers");
        chromium.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Recruiter Lite']")).click();
        chromium.field("vaadin-integer-field", "Invitations a week")
            .sendKeys(Keys.chord(Keys.CONTROL, "a"), "180", Keys.TAB);
        chromium.click("Save");
        chromium.notification("Recruiter Lite saved.");
        chromium.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='180']"));
        chromium.keepScreenshot("tier-edited.png");

        var stored = SystemAuthentication.callAsSystem(() -> tiers.offeredTiers()
            .stream()
            .filter(t -> t.name().equals("Recruiter Lite"))
            .findFirst()
            .orElseThrow());
        assertThat(stored.settings().weeklyInvitationBudget()).isEqualTo(180);
    }

}
