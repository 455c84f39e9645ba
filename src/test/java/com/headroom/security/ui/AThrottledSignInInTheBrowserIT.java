package com.headroom.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.headroom.BrowserTest;
import com.headroom.Chromium;
import com.headroom.TestClock;
import com.headroom.TestData;
import com.headroom.WebAppTest;
import com.headroom.security.SignInThrottle;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Someone has guessed at an account's password; its owner then signs in in Chromium with
 * the right one, reads how long to wait, and gets in once the wait is over.
 */
@WebAppTest
@BrowserTest
class AThrottledSignInInTheBrowserIT {

    /**
     * Every text on the page, shadow roots included (the login form shows its error in
     * its own).
     */
    private static final String PAGE_TEXT = """
            function text(node) {
              let all = node.shadowRoot ? text(node.shadowRoot) : '';
              for (const child of node.childNodes) {
                all += child.nodeType === 3 ? child.textContent : text(child);
              }
              return all;
            }
            return text(document.body);""";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    TestClock clock;

    @Autowired
    SignInThrottle throttle;

    private Chromium chromium;

    @BeforeEach
    void startChromium() throws Exception {
        clock.set(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        chromium = new Chromium(port);
    }

    @AfterEach
    void stopChromium() {
        clock.reset();
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void after_five_wrong_passwords_from_elsewhere_the_owner_reads_how_long_to_wait_then_gets_in() throws Exception {
        var person = testData.member("Owner Of It", testData.team("Guessed").id());
        // Five failed tries from another address (counted as the login form counts them).
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.claim(person.email(), "192.0.2.77").allowed()).isTrue();
        }

        chromium.open("/login");
        chromium.waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(person.email());
        chromium.browser()
            .findElement(By.cssSelector("vaadin-login-form input[name='password']"))
            .sendKeys(TestData.PASSWORD);
        chromium.browser().findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();

        new WebDriverWait(chromium.browser(), Duration.ofSeconds(20))
            .until(browser -> String.valueOf(((JavascriptExecutor) browser).executeScript(PAGE_TEXT))
                .contains("Too many attempts. Try again in 1 minute."));
        assertThat(chromium.browser().getCurrentUrl()).endsWith("/login?throttled=1");
        chromium.keepScreenshot("sign-in-throttled.png");

        clock.advance(Duration.ofSeconds(31));
        chromium.signIn(person.email(), TestData.PASSWORD);
        assertThat(chromium.browser().getCurrentUrl()).doesNotContain("login");
    }

}
