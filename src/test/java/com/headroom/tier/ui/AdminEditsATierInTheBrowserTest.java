package com.headroom.tier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.BrowserTest;
import com.headroom.DemoAccounts;
import com.headroom.WebAppTest;
import com.headroom.security.SystemAuthentication;
import com.headroom.tier.TierService;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo admin signs in through the real login page in headless Chromium and edits a tier.
 * Debian's chromium and chromedriver are used as installed; Selenium Manager never downloads.
 */
@WebAppTest
@BrowserTest
class AdminEditsATierInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TierService tiers;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startChromium() throws Exception {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("HEADROOM_CHROMEDRIVER",
                        "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        var options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("HEADROOM_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory("headroom-chromium"));
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_demo_admin_signs_in_on_the_login_page_and_edits_a_tier_limit() throws Exception {
        browser.get("http://localhost:" + port + "/login");
        var email = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();
        email.sendKeys(DemoAccounts.ADMIN);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(DemoAccounts.PASSWORD);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue())
                .as("signing in changes the session id").isNotEqualTo(sessionBefore);

        browser.get("http://localhost:" + port + "/tiers");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Recruiter Lite']"))).click();
        WebElement budget = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-integer-field[label[normalize-space(.)='Invitations a week']]//input")));
        budget.sendKeys(Keys.chord(Keys.CONTROL, "a"), "180", Keys.TAB);
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Save']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(normalize-space(.), 'Recruiter Lite saved.')]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-grid-cell-content[normalize-space(.)='180']")));
        keepScreenshot("tier-edited.png");

        var stored = SystemAuthentication.callAsSystem(() -> tiers.offeredTiers().stream()
                .filter(t -> t.name().equals("Recruiter Lite")).findFirst().orElseThrow());
        assertThat(stored.settings().weeklyInvitationBudget()).isEqualTo(180);
    }

    private void keepScreenshot(String name) throws Exception {
        var shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
