package se.samrad.support;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samrad.platform.i18n.Language;
import se.samrad.platform.i18n.Messages;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Headless Debian Chromium driven by Selenium through the system chromedriver (nothing downloads a browser),
 * and axe-core checks against WCAG 2.0, 2.1 and 2.2 A/AA.
 */
public final class Browser {

    /**
     * Every language the interface is offered in, Swedish first: one per bundle in {@code i18n/}, so a new
     * bundle is checked by every browser test without editing them (MessageBundlesTest pins which ones exist).
     * {@code -Dsamrad.browser.languages=sv,fa} narrows it for a quicker local run; unknown codes are refused.
     */
    public static final List<String> LANGUAGES = languages();
    public static final List<String> WCAG_TAGS = AxeCheck.TAGS;
    private static final String CHROMIUM = envOr("SAMRAD_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = envOr("SAMRAD_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browser() {
    }

    /**
     * A headless Chromium (new, or reused as {@link #start(boolean, int, int)} says). Where Chromium is not
     * installed the browser tests are skipped, except in CI ({@code CI=true}), where a missing browser is a failure.
     */
    public static ChromeDriver start() {
        return start(true, 1280, 900);
    }

    /**
     * A headless Chromium of the given window size, new or one an earlier test class of this JVM gave back
     * cleaned (see {@link PooledChromeDriver}; {@code quit()} gives it back), with JavaScript switched off when
     * {@code javascript} is false (as some residents' browsers are); such a browser can be driven, but axe-core
     * cannot run in it.
     */
    public static ChromeDriver start(boolean javascript, int width, int height) {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("Chromium or chromedriver not installed (apt-get install chromium chromium-driver)");
        }
        if (Boolean.getBoolean("samrad.skipBrowserTests")) {
            Assumptions.abort("Browser tests skipped with -DskipBrowserTests=true");
        }
        return PooledChromeDriver.take(new PooledChromeDriver.Kind(javascript, width, height),
                () -> new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                        .build(),
                () -> options(javascript, width, height));
    }

    private static ChromeOptions options(boolean javascript, int width, int height) {
        try {
            Path profile = Files.createTempDirectory("samrad-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + profile);
            if (!javascript) {
                options.setExperimentalOption("prefs",
                        java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            // timeouts as a new driver has them; the pool sets them back when a class gives its browser back
            options.setPageLoadTimeout(Duration.ofSeconds(30));
            return options;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs axe-core on the current page and describes every violation, empty when there is none (see
     * {@link AxeCheck}: one call a page, axe-core put into each document once).
     */
    public static String violations(ChromeDriver driver) {
        return AxeCheck.violations(driver);
    }

    /** Runs axe-core on the current page and adds its violations, if any, to {@code failures}. */
    public static void report(ChromeDriver driver, String what, String language, List<String> failures) {
        String violations = violations(driver);
        if (!violations.isEmpty()) {
            failures.add(what + " [" + language + "] " + driver.getCurrentUrl() + "\n" + violations);
        }
    }

    /** Adds a failure when the current page scrolls sideways (the window being phone-sized). */
    public static void reportSidewaysScroll(ChromeDriver driver, String what, String language, List<String> failures) {
        Number sideways = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (sideways.intValue() > 0) {
            failures.add(what + " [" + language + "] scrolls sideways by " + sideways + " px");
        }
    }

    /** Signs in on the Swedish sign-in page with the fixtures' password and waits for the greeting ("Hej …"). */
    public static void signIn(ChromeDriver driver, URI server, String email) {
        driver.manage().deleteAllCookies();
        driver.get(server.resolve("/login?lang=sv").toString());
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD + Keys.ENTER);
        // polled every 50 ms (WebDriverWait's default is 500): the greeting mostly comes a moment after Enter
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50))
                .until(ExpectedConditions.textMatches(By.tagName("h1"), Pattern.compile("^Hej")));
    }

    private static List<String> languages() {
        List<String> offered = new Messages().languages().stream().map(Language::code).toList();
        String chosen = System.getProperty("samrad.browser.languages", "").strip();
        if (chosen.isEmpty()) {
            return offered;
        }
        List<String> codes = List.of(chosen.split("\\s*,\\s*"));
        if (!offered.containsAll(codes)) {
            throw new IllegalArgumentException("samrad.browser.languages=" + chosen + " but only " + offered + " exist");
        }
        return codes;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
