package se.samrad.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.InvitationService;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Network;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.support.AxePages;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person does in a real browser: signs in by keyboard, switches to Arabic and then Persian and gets
 * right-to-left pages; and axe-core finds no WCAG 2.2 AA violation on the platform's own pages (public, staff
 * administration, platform administration), in every offered language. Each capability's pages have a browser
 * test of their own, so that the two test JVMs share the work.
 */
@MicronautTest(transactional = false)
class AccessibilityBrowserTest extends IntegrationTest {

    private static final List<String> LANGUAGES = Browser.LANGUAGES;
    private static final Pattern SIGNED_IN_HEADING = Pattern.compile("^Hej");
    private static final String PLATFORM_ADMIN = "browser-platform@test.example";

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject OrganisationService organisations;
    @Inject NetworkService networks;
    @Inject InvitationService invitations;
    @Inject StaffDirectory directory;

    ChromeDriver driver;
    Account admin;
    OrgUnit unit;
    Network network;
    String invitationToken;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("samrad.admin.email", PLATFORM_ADMIN, "samrad.admin.password", Fixtures.PASSWORD);
    }

    @BeforeAll
    void setUp() {
        driver = Browser.start();
        Organisation org = fixtures.organisation("Webbkommun");
        admin = fixtures.account(org, Role.ORG_ADMIN, Role.FACILITATOR);
        fixtures.account(org, Role.ANALYST);
        var actor = directory.toUser(admin);
        OrgUnit board = organisations.createUnit(actor, "Kommunstyrelsen", UnitKind.COMMITTEE, null);
        unit = organisations.createUnit(actor, "Miljöförvaltningen", UnitKind.ADMINISTRATION, board.id());
        network = networks.create(null, Fixtures.unique("Nätverk"), "Kommuner som lär av varandra");
        networks.addMember(null, network.id(), org.id(), true);
        invitationToken = invitations.invite(actor, Fixtures.unique("inbjuden").toLowerCase() + "@test.example",
                Set.of(Role.ANALYST)).token();
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    @Test
    void signInByKeyboardAndSwitchToArabicAndPersian() throws Exception {
        driver.manage().deleteAllCookies();
        driver.get(url("/login?lang=sv"));
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("skip-link", skip.getAttribute("class"), "the skip link is reached first");
        assertNotEquals("none", skip.getCssValue("outline-style"), "focus is visible");

        driver.findElement(By.id("email")).sendKeys(admin.email());
        WebElement password = driver.findElement(By.id("password"));
        password.sendKeys(Fixtures.PASSWORD);
        password.sendKeys(Keys.ENTER);
        awaitSignedIn();

        driver.findElement(By.cssSelector("nav.languages a[hreflang=ar]")).sendKeys(Keys.ENTER);
        pageLoads().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ar"));
        WebElement html = driver.findElement(By.tagName("html"));
        assertEquals("ar", html.getAttribute("lang"));
        assertEquals("rtl", html.getAttribute("dir"));
        assertEquals("rtl", driver.executeScript("return getComputedStyle(document.body).direction"));
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(shot, Path.of("target", "screenshots", "home-ar.png"), StandardCopyOption.REPLACE_EXISTING);

        driver.get(url("/admin/staff"));
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"), "the choice is remembered");

        WebElement persian = driver.findElement(By.cssSelector("nav.languages a[hreflang=fa]"));
        assertEquals("فارسی", persian.getText(), "the switcher names Persian in Persian");
        assertEquals("fa", persian.getDomAttribute("lang"));
        assertEquals("rtl", persian.getDomAttribute("dir"));
        persian.sendKeys(Keys.ENTER);
        pageLoads().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fa"));
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("rtl", driver.executeScript("return getComputedStyle(document.body).direction"));
        assertEquals("کارکنان", driver.findElement(By.tagName("h1")).getText(), "the staff page in Persian");
        shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "screenshots", "staff-fa.png"), StandardCopyOption.REPLACE_EXISTING);
        driver.get(url("/"));
        assertEquals("fa", driver.findElement(By.tagName("html")).getAttribute("lang"), "the choice is remembered");
    }

    @Test
    void everyPageIsFreeOfAxeViolationsInEveryLanguage() {
        AxePages pages = new AxePages(driver, server.getURI());
        pages.signOut();
        pages.check(List.of("/", "/login", "/accessibility", "/privacy", "/no-such-page", "/invite/" + invitationToken,
                "/invite/expired-or-unknown"));
        submitLoginWithErrors(pages);

        pages.signIn(admin.email());
        pages.check(List.of("/", "/admin/staff", "/admin/organisation", "/admin/organisation/units/" + unit.id(),
                "/admin/audit", "/account", "/networks", "/networks/" + network.id(), "/platform/organisations"));
        pages.signIn(PLATFORM_ADMIN);
        pages.check(List.of("/", "/platform/organisations", "/platform/networks", "/platform/audit", "/account"));
        pages.assertNone();
    }

    /** A form re-shown with errors (error summary, invalid fields) must be as accessible as a fresh one. */
    private void submitLoginWithErrors(AxePages pages) {
        for (String language : LANGUAGES) {
            driver.get(url("/login?lang=" + language));
            driver.findElement(By.id("email")).sendKeys("someone@test.example");
            driver.findElement(By.id("password")).sendKeys("wrong password" + Keys.ENTER);
            // The answer is a new page: wait for it rather than reading the old one.
            pageLoads().until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
            WebElement summary = driver.switchTo().activeElement();
            assertEquals("error-summary", summary.getAttribute("class"), "focus moves to the error summary");
            pages.report("/login with errors", language);
        }
    }

    /** Waits for the page after sign-in, whose heading greets the person ("Hej …" in Swedish). */
    private void awaitSignedIn() {
        pageLoads().until(ExpectedConditions.textMatches(By.tagName("h1"), SIGNED_IN_HEADING));
    }

    private WebDriverWait pageLoads() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }
}
