package com.headroom;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its own chromedriver, as the browser tests drive it:
 * the binaries are named, so Selenium Manager never downloads anything.
 */
public final class Chromium implements AutoCloseable {

    private final WebDriver browser;

    private final WebDriverWait wait;

    private final String base;

    public Chromium(int port) throws Exception {
        System.setProperty("webdriver.chrome.driver", BrowserTest.Condition.chromedriver().toString());
        var service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(BrowserTest.Condition.chromedriver().toString()))
            .usingAnyFreePort()
            .build();
        var options = new ChromeOptions();
        options.setBinary(BrowserTest.Condition.chromium().toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory("headroom-chromium"));
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        base = "http://localhost:" + port;
    }

    public WebDriver browser() {
        return browser;
    }

    public void open(String path) {
        browser.get(base + path);
    }

    /** Signs in through the real login form and waits for the main layout. */
    public void signIn(String email, String password) {
        open("/login");
        wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")))
            .sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    public WebElement waitForClickable(By locator) {
        return wait.until(ExpectedConditions.elementToBeClickable(locator));
    }

    /** The input inside the Vaadin field with this label. */
    public WebElement field(String tag, String label) {
        return waitForClickable(By.xpath("//" + tag + "[label[normalize-space(.)='" + label + "']]//input"));
    }

    public void click(String buttonText) {
        waitForClickable(By.xpath("//vaadin-button[normalize-space(.)='" + buttonText + "']")).click();
    }

    public WebElement notification(String containing) {
        return waitFor(By.xpath("//vaadin-notification-card[contains(normalize-space(.), '" + containing + "')]"));
    }

    /** Keeps a screenshot under target/screenshots for whoever reads the build. */
    public void keepScreenshot(String name) throws Exception {
        var shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        browser.quit();
    }

}
