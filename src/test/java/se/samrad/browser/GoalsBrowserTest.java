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
import se.samrad.goals.Framework;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.OwnGoals;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The goal catalogue in a real browser: a facilitator maps an own goal to a target with the target picker by
 * keyboard alone, in Swedish, English, Arabic and Persian, and sees the mapping on the target's page; axe-core finds no
 * WCAG 2.2 AA violation on any goal page in any language.
 */
@MicronautTest(transactional = false)
class GoalsBrowserTest extends IntegrationTest {

    private static final List<String> LANGUAGES = Browser.LANGUAGES;

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject OwnGoals ownGoals;
    @Inject GoalCatalogue catalogue;

    ChromeDriver driver;
    Account facilitator;
    Account platformAdmin;
    Framework vision;

    @BeforeAll
    void setUp() {
        driver = Browser.start();
        Organisation org = fixtures.organisation("Visionskommun");
        facilitator = fixtures.account(org, Role.FACILITATOR);
        platformAdmin = fixtures.account((Long) null, Role.PLATFORM_ADMIN);
        var actor = directory.toUser(facilitator);
        vision = ownGoals.createFramework(actor, Map.of("sv", "Vision 2040", "en", "Vision 2040"), Map.of());
        ownGoals.addElement(actor, vision.key(), null, null, Map.of("sv", "Omställning", "en", "Transition"), Map.of());
        ownGoals.addElement(actor, vision.key(), "1", null, Map.of("sv", "Hållbara resor", "en", "Sustainable travel"),
                Map.of());
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * Each language searches differently: a Swedish word part, an English word, a code in Arabic, and a code as a
     * Persian keyboard types it (Persian digits, Arabic decimal separator), announced with the digits 0-9.
     */
    @Test
    void facilitatorMapsAGoalWithThePickerByKeyboardInEveryLanguage() {
        Browser.signIn(driver, server.getURI(), facilitator.email());
        record Case(String lang, String query, String code, String announced) { }
        for (Case c : List.of(new Case("sv", "matsvinn", "12.3", "Träffar: 1"),
                new Case("en", "road traffic", "3.6", "Matches: 1"), new Case("ar", "11.2", "11.2", "النتائج: 1"),
                new Case("fa", "۶٫۱", "6.1", "نتیجه‌ها: 1"))) {
            driver.get(url("/goals/" + vision.key() + "/1.1?lang=" + c.lang()));
            long id = catalogue.agenda2030().element(c.code()).orElseThrow().id();
            WebElement search = driver.findElement(By.id("targets-q"));
            search.sendKeys(c.query());
            search.sendKeys(Keys.ENTER); // filters; must not submit the form
            wait(driver).until(d -> !d.findElement(By.cssSelector("[data-picker-status]")).getText().isEmpty());
            assertEquals(c.announced(), driver.findElement(By.cssSelector("[data-picker-status]")).getText(),
                    c + ": the live region announces the count in the page's language");
            assertTrue(driver.getCurrentUrl().contains("/1.1?lang="), "Enter in the search did not submit");
            List<WebElement> visible = driver.findElements(By.cssSelector(".target-picker__option")).stream()
                    .filter(WebElement::isDisplayed).toList();
            assertEquals(1, visible.size(), c + ": one match, got " + visible.stream().map(WebElement::getText).toList());

            // Tab from the search reaches the goal's summary, then the one visible checkbox: Space ticks it.
            search.sendKeys(Keys.TAB);
            WebElement summary = driver.switchTo().activeElement();
            assertEquals("summary", summary.getTagName(), c + ": focus on the goal group");
            summary.sendKeys(Keys.TAB);
            WebElement box = driver.switchTo().activeElement();
            assertEquals("targets-" + id, box.getAttribute("id"), c + ": focus on the matching target");
            assertTrue(!"none".equals(box.getCssValue("outline-style")), "focus is visible");
            box.sendKeys(Keys.SPACE);
            assertTrue(box.isSelected());
            assertTrue(driver.findElement(By.cssSelector("[data-picker-chosen]")).getText().contains("1"));

            box.sendKeys(Keys.TAB); // to the note
            driver.switchTo().activeElement().sendKeys("Keyboard " + c.lang());
            driver.switchTo().activeElement().sendKeys(Keys.TAB); // to the submit button
            WebElement submit = driver.switchTo().activeElement();
            assertEquals("submit", submit.getAttribute("type"));
            submit.sendKeys(Keys.ENTER);
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mapping")));

            driver.get(url("/goals/agenda2030/" + c.code() + "?lang=" + c.lang()));
            String links = driver.findElement(By.cssSelector(".link-list")).getText();
            assertTrue(links.contains("Keyboard " + c.lang()), c + ": the mapping shows on the target page: " + links);
        }
    }

    @Test
    void everyGoalPageIsFreeOfAxeViolationsInEveryLanguage() {
        List<String> failures = new ArrayList<>();
        driver.manage().deleteAllCookies();
        check(List.of("/goals", "/goals/agenda2030", "/goals/agenda2030/7", "/goals/agenda2030/7.2",
                "/goals/miljokvalitetsmal", "/goals/miljokvalitetsmal/1", "/goals/doughnut/EC1"), failures);

        Browser.signIn(driver, server.getURI(), facilitator.email());
        check(List.of("/goals", "/goals/own", "/goals/" + vision.key(), "/goals/" + vision.key() + "/1",
                "/goals/" + vision.key() + "/1.1", "/goals/agenda2030/11.2"), failures);
        for (String language : LANGUAGES) {
            // The mapping form sent with nothing chosen: error summary, picker and typed note re-shown.
            driver.get(url("/goals/" + vision.key() + "/1.1?lang=" + language));
            driver.findElement(By.id("note")).sendKeys("Utan val");
            driver.findElement(By.cssSelector("form[action$='/mappings'] button.button:not([data-picker-search])")).click();
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
            Browser.report(driver, "/goals/…/1.1 mapping with errors", language, failures);
            // The picker filtered as one types.
            driver.findElement(By.id("targets-q")).sendKeys("vatten");
            wait(driver).until(d -> !d.findElement(By.cssSelector("[data-picker-status]")).getText().isEmpty());
            Browser.report(driver, "/goals/…/1.1 picker filtered", language, failures);
        }

        Browser.signIn(driver, server.getURI(), platformAdmin.email());
        check(List.of("/platform/goals/import"), failures);
        if (!failures.isEmpty()) {
            fail(String.join("\n\n", failures));
        }
    }

    private void check(List<String> paths, List<String> failures) {
        for (String language : LANGUAGES) {
            for (String path : paths) {
                driver.get(url(path + "?lang=" + language));
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
