package se.samrad.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samrad.goals.Dimension;
import se.samrad.goals.GoalCatalogue;
import se.samrad.library.Example;
import se.samrad.library.ExampleDraft;
import se.samrad.library.ExampleKind;
import se.samrad.library.ExampleTexts;
import se.samrad.library.IndicatorInput;
import se.samrad.library.Library;
import se.samrad.library.Visibility;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Network;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The good-practice library in a real browser: a strategist searches by keyboard (with suggestions as they type),
 * narrows by a goal facet, opens an example and goes on to a similar one; axe-core finds no WCAG 2.2 AA violation
 * on any library page in any offered language (Swedish, English, Arabic, Persian).
 */
@MicronautTest(transactional = false)
class LibraryBrowserTest extends IntegrationTest {

    private static final List<String> LANGUAGES = Browser.LANGUAGES;

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject NetworkService networks;
    @Inject Library library;
    @Inject GoalCatalogue catalogue;

    ChromeDriver driver;
    Account coordinator;
    Account strategist;
    Account platformAdmin;
    long kitchen;
    long compost;
    long draft;

    @BeforeAll
    void setUp() {
        driver = Browser.start();
        Organisation home = fixtures.organisation("Webbkommun");
        Organisation neighbour = fixtures.organisation("Grannkommun");
        Network network = networks.create(null, Fixtures.unique("Webbnätverk"), "");
        networks.addMember(null, network.id(), home.id(), true);
        networks.addMember(null, network.id(), neighbour.id(), false);
        coordinator = fixtures.account(home, Role.ORG_ADMIN, Role.NETWORK_COORDINATOR);
        strategist = fixtures.account(neighbour, Role.ANALYST);
        platformAdmin = fixtures.account((Long) null, Role.PLATFORM_ADMIN);
        CurrentUser actor = directory.toUser(coordinator);
        kitchen = publish(actor, "Halverat matsvinn i skolköken", "Skolköken vägde matsvinnet varje dag.",
                Visibility.NETWORK, network.id(), "12.3");
        compost = publish(actor, "Kompostering av matsvinn på förskolor", "Förskolorna komposterar matsvinnet.",
                Visibility.NETWORK, network.id(), "12.3");
        publish(actor, "Trygga cykelvägar till skolan", "Cykelbanor till alla skolor.", Visibility.PUBLIC, null, "11.2");
        draft = library.create(actor, draft("Utkast om solceller", "Solceller på taken.", Visibility.PUBLIC, null,
                "7.2")).id();
    }

    private ExampleDraft draft(String title, String summary, Visibility visibility, Long networkId, String target) {
        return new ExampleDraft("sv", Map.of("sv", new ExampleTexts(title, summary, "Problemet.", "Åtgärderna.",
                "Resultaten.", "Lärdomarna.")), ExampleKind.PROJECT, "Webbkommun", "Region Webb", 2022, 2023,
                "100 000 kr", "kontakt@webb.example", EnumSet.of(Dimension.ENVIRONMENTAL), List.of("test"),
                List.of("https://webb.example/exempel"), visibility, networkId,
                Set.of(catalogue.agenda2030().element(target).orElseThrow().id()),
                List.of(new IndicatorInput("Svinn per portion", "g", 58.0, 2021, 41.0, 2023)));
    }

    private long publish(CurrentUser actor, String title, String summary, Visibility visibility, Long networkId,
                         String target) {
        Example example = library.create(actor, draft(title, summary, visibility, networkId, target));
        library.publish(actor, example.id(), "");
        return example.id();
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aStrategistSearchesByKeyboardFiltersByGoalOpensAnExampleAndASimilarOne() {
        Browser.signIn(driver, server.getURI(), strategist.email());
        driver.get(url("/library?lang=sv"));
        WebElement search = driver.findElement(By.id("q"));
        waitForSuggestions();
        search.sendKeys("halv");
        // Suggestions as one types: a listbox the arrow keys move through, announced by a status line.
        wait(driver).until(d -> d.findElements(By.cssSelector("#q-suggestions [role='option']")).size() > 0);
        assertEquals("true", search.getAttribute("aria-expanded"));
        search.sendKeys(Keys.ESCAPE);
        assertEquals("false", search.getAttribute("aria-expanded"));
        search.clear();
        search.sendKeys("svinn" + Keys.ENTER);
        wait(driver).until(ExpectedConditions.urlContains("q=svinn"));
        String results = driver.findElement(By.id("results-heading")).getText();
        assertTrue(results.matches("\\d+ exempel"), results);
        for (long id : List.of(kitchen, compost)) {
            assertEquals(1, driver.findElements(By.cssSelector(".hit a[href='/library/examples/" + id + "']")).size());
        }
        assertTrue(driver.findElement(By.cssSelector(".hit mark")).getText().toLowerCase().contains("svinn"));

        // Tab to the goal facet's checkbox, tick it with Space, and submit the filters with Enter.
        WebElement goal12 = driver.findElement(By.cssSelector("input[name='goal'][value='agenda2030/12']"));
        focusByTab(goal12);
        goal12.sendKeys(Keys.SPACE);
        assertTrue(goal12.isSelected());
        WebElement apply = driver.findElement(By.cssSelector(".library-facets button[type='submit']"));
        focusByTab(apply);
        apply.sendKeys(Keys.ENTER);
        wait(driver).until(ExpectedConditions.urlContains("goal=agenda2030"));
        assertTrue(driver.findElement(By.cssSelector("input[name='goal'][value='agenda2030/12']")).isSelected());

        // Open the example by keyboard, then a similar one.
        WebElement first = driver.findElement(By.cssSelector("a[href='/library/examples/" + kitchen + "']"));
        focusByTab(first);
        first.sendKeys(Keys.ENTER);
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Halverat matsvinn i skolköken"));
        WebElement similar = driver.findElement(By.cssSelector(".similar a[href='/library/examples/" + compost + "']"));
        focusByTab(similar);
        similar.sendKeys(Keys.ENTER);
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Kompostering av matsvinn på förskolor"));
    }

    /** The suggestion script is loaded as a module after the page: wait until it has made the field a combobox. */
    private void waitForSuggestions() {
        wait(driver).until(d -> "combobox".equals(d.findElement(By.id("q")).getAttribute("role")));
    }

    /** Presses Tab until the element has focus (at most 200 times), so that only the keyboard is used. */
    private void focusByTab(WebElement target) {
        for (int i = 0; i < 200; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                return;
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        fail("Tab never reached " + target.getTagName() + " " + target.getAttribute("outerHTML"));
    }

    @Test
    void everyLibraryPageIsFreeOfAxeViolationsInEveryLanguage() {
        List<String> failures = new ArrayList<>();
        driver.manage().deleteAllCookies();
        check(List.of("/library", "/library?q=cykel", "/library?q=xqzvyy", "/library/examples/"
                + library.visible(null, cykelId()).id()), failures);

        Browser.signIn(driver, server.getURI(), coordinator.email());
        check(List.of("/library?q=svinn", "/library?q=svin", "/library/examples/" + kitchen, "/library/examples/" + draft,
                "/library/mine", "/library/new", "/library/examples/" + kitchen + "/edit",
                "/library/examples/" + kitchen + "/history", "/library/review", "/library/import", "/library/synonyms"),
                failures);
        for (String language : LANGUAGES) {
            // The form sent without a title: error summary and everything typed re-shown.
            driver.get(url("/library/new?lang=" + language));
            driver.findElement(By.id("summary-sv")).sendKeys("Utan rubrik");
            driver.findElement(By.cssSelector("form[action='/library/new'] > button[type='submit']")).click();
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
            Browser.report(driver, "/library/new with errors", language, failures);
            // An import dry run with an error on a line.
            driver.get(url("/library/import?lang=" + language));
            driver.findElement(By.id("content")).sendKeys("title;targets\nUtan delmål;99.9\n");
            driver.findElement(By.cssSelector("button[value='dry-run']")).click();
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("report-heading")));
            Browser.report(driver, "/library/import report", language, failures);
            // Suggestions open.
            driver.get(url("/library?lang=" + language));
            waitForSuggestions();
            driver.findElement(By.id("q")).sendKeys("kompo");
            wait(driver).until(d -> d.findElements(By.cssSelector("#q-suggestions [role='option']")).size() > 0);
            driver.findElement(By.id("q")).sendKeys(Keys.ARROW_DOWN);
            Browser.report(driver, "/library suggestions", language, failures);
        }
        Browser.signIn(driver, server.getURI(), platformAdmin.email());
        check(List.of("/platform/library"), failures);
        if (!failures.isEmpty()) {
            fail(String.join("\n\n", failures));
        }
    }

    private long cykelId() {
        return library.mine(directory.toUser(coordinator)).stream()
                .filter(e -> e.title().startsWith("Trygga cykelvägar")).findFirst().orElseThrow().id();
    }

    private void check(List<String> paths, List<String> failures) {
        for (String language : LANGUAGES) {
            for (String path : paths) {
                driver.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
                Browser.report(driver, path, language, failures);
            }
        }
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }
}
