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
import se.samrad.dialogue.Dialogue;
import se.samrad.dialogue.DialogueState;
import se.samrad.dialogue.Dialogues;
import se.samrad.dialogue.Participation;
import se.samrad.dialogue.PopulationShares;
import se.samrad.dialogue.SampleDialogue;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A resident answers a trilingual dialogue in Arabic, by keyboard alone, on a phone-sized screen, in a browser
 * with JavaScript switched off; then the facilitator sees the answer in the results, filters by district and
 * finds the dialogue on a tagged target's page. axe-core finds no violation on any dialogue page, in any
 * language, and no page scrolls sideways on a narrow screen.
 */
@MicronautTest(transactional = false)
class DialogueBrowserTest extends IntegrationTest {

    private static final List<String> LANGUAGES = Browser.LANGUAGES;

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Dialogues dialogues;
    @Inject Participation participation;
    @Inject PopulationShares population;
    @Inject GoalCatalogue catalogue;

    ChromeDriver noScript;
    ChromeDriver driver;
    Account facilitator;
    Dialogue dialogue;

    @BeforeAll
    void setUp() {
        noScript = Browser.start(false, 390, 844);
        driver = Browser.start(true, 390, 844);
        Organisation org = fixtures.organisation("Webbläsarby kommun");
        facilitator = fixtures.account(org, Role.FACILITATOR);
        CurrentUser actor = directory.toUser(facilitator);
        Dialogue created = dialogues.create(actor, SampleDialogue.texts(), SampleDialogue.settings());
        dialogues.changeQuestions(actor, created.id(), q -> SampleDialogue.questionnaire(catalogue));
        population.set(actor, created.id(), SampleDialogue.population());
        dialogue = dialogues.changeState(actor, created.id(), DialogueState.OPEN);
    }

    @AfterAll
    void tearDown() {
        for (ChromeDriver d : new ChromeDriver[] {noScript, driver}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    @Test
    void residentAnswersInArabicByKeyboardWithoutJavaScriptThenFacilitatorSeesIt() {
        ChromeDriver d = noScript;
        d.get(url("/d/" + dialogue.publicKey() + "?lang=ar"));
        assertEquals("rtl", d.findElement(By.tagName("html")).getDomAttribute("dir"));
        assertEquals("كيف يمكن أن تصبح Exempelkommun مستدامة؟", d.findElement(By.tagName("h1")).getText());

        tabTo(d, e -> "consent".equals(e.getDomAttribute("id"))).sendKeys(Keys.SPACE);
        active(d).sendKeys(Keys.TAB);
        assertEquals("button", active(d).getTagName());
        active(d).sendKeys(Keys.ENTER);

        // Page 1: "next" with nothing answered shows the error summary, linked to the question.
        assertTrue(d.findElement(By.className("progress-text")).getText().contains("1"));
        tabTo(d, e -> "next".equals(e.getDomAttribute("value"))).sendKeys(Keys.ENTER);
        WebElement summary = d.findElement(By.className("error-summary"));
        assertEquals("#q-thrive", summary.findElement(By.tagName("a")).getDomAttribute("href"));

        tabTo(d, e -> "q-thrive".equals(e.getDomAttribute("id"))).sendKeys(Keys.SPACE); // first option
        active(d).sendKeys(Keys.ARROW_DOWN); // the next option of the same group: "quite well"
        tabTo(d, e -> "transit".equals(e.getDomAttribute("value"))).sendKeys(Keys.SPACE);
        tabTo(d, e -> "green".equals(e.getDomAttribute("value"))).sendKeys(Keys.SPACE);
        tabTo(d, e -> "next".equals(e.getDomAttribute("value"))).sendKeys(Keys.ENTER);

        // Page 2 is the conditional travel section, because public transport was chosen.
        assertEquals("التنقل", d.findElement(By.cssSelector("main h2")).getText());
        tabTo(d, e -> "q-transit-rating".equals(e.getDomAttribute("id"))).sendKeys(Keys.SPACE);
        active(d).sendKeys(Keys.ARROW_DOWN);
        active(d).sendKeys(Keys.ARROW_DOWN);
        tabTo(d, e -> "q-transit-idea".equals(e.getDomAttribute("id"))).sendKeys("حافلات أكثر في المساء" + Keys.ENTER);

        // Page 3: the global goals as checkboxes with their numbers; rank two options with the keyboard.
        assertTrue(d.findElement(By.cssSelector(".choices--goals")).getText().contains("13"));
        tabTo(d, e -> "checkbox".equals(e.getDomAttribute("type")) && "q-goals".equals(e.getDomAttribute("name")))
                .sendKeys(Keys.SPACE);
        tabTo(d, e -> "q-priorities-rank-buses".equals(e.getDomAttribute("id"))).sendKeys("1");
        tabTo(d, e -> "next".equals(e.getDomAttribute("value"))).sendKeys(Keys.ENTER);

        // Page 4: background, then send.
        tabTo(d, e -> "q-district".equals(e.getDomAttribute("id"))).sendKeys(Keys.SPACE);
        active(d).sendKeys(Keys.ARROW_DOWN); // Norrby
        tabTo(d, e -> "next".equals(e.getDomAttribute("value"))).sendKeys(Keys.ENTER);
        assertEquals("شكرًا على إجاباتك!", d.findElement(By.tagName("h1")).getText());

        // The facilitator finds the answer, filtered by district, and the dialogue on the target's page.
        Browser.signIn(driver, server.getURI(), facilitator.email());
        driver.get(url("/dialogues/" + dialogue.id() + "/results?lang=en"));
        assertTrue(driver.findElement(By.cssSelector("main .lead")).getText().startsWith("1 person has answered"),
                driver.findElement(By.cssSelector("main .lead")).getText());
        WebElement district = driver.findElement(By.id("filter-district"));
        district.sendKeys("Norrby");
        tabTo(driver, e -> "submit".equals(e.getDomAttribute("type"))).sendKeys(Keys.ENTER);
        assertTrue(driver.getCurrentUrl().contains("district=norr"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.cssSelector("main .lead")).getText().startsWith("1 answer in the chosen group"),
                driver.findElement(By.cssSelector("main .lead")).getText());
        assertNotNull(driver.findElement(By.cssSelector("a[href$='/export.xlsx']")));
        driver.get(url("/goals/agenda2030/11.2?lang=en"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("How should Exempelkommun become sustainable?"));
        driver.manage().deleteAllCookies();
    }

    @Test
    void everyDialoguePageIsFreeOfAxeViolationsAndFitsANarrowScreenInEveryLanguage() {
        List<String> failures = new ArrayList<>();
        driver.manage().deleteAllCookies();
        for (String language : LANGUAGES) {
            driver.get(url("/d/" + dialogue.publicKey() + "?lang=" + language));
            report("landing", language, failures);
            driver.findElement(By.cssSelector("form[action$='/start'] button")).click();
            report("start refused without consent", language, failures);
            driver.findElement(By.id("consent")).click();
            driver.findElement(By.cssSelector("form[action$='/start'] button")).click();
            report("page 1", language, failures);
            driver.findElement(By.cssSelector("button[value=next]")).click();
            report("page 1 with errors", language, failures);
            driver.findElement(By.id("q-thrive")).click();
            driver.findElement(By.cssSelector("input[name=q-issues][value=transit]")).click();
            driver.findElement(By.cssSelector("input[name=q-issues][value=other]")).click();
            driver.findElement(By.cssSelector("button[value=next]")).click();
            report("page 1 with the other-field error", language, failures);
            driver.findElement(By.id("q-issues-other")).sendKeys("Cykelvägar");
            driver.findElement(By.cssSelector("button[value=next]")).click();
            report("page 2 (conditional)", language, failures);
            driver.findElement(By.id("q-transit-rating")).click();
            driver.findElement(By.cssSelector("button[value=next]")).click();
            report("page 3 (goals, ranking, number)", language, failures);
            driver.findElement(By.cssSelector("button[value=later]")).click();
            report("saved", language, failures);
            driver.findElement(By.cssSelector("main a.button")).click();
            driver.findElement(By.cssSelector("button[value=next]")).click();
            report("page 4 (background)", language, failures);
            driver.findElement(By.cssSelector("button[value=next]")).click();
            report("done", language, failures);
        }
        CurrentUser actor = directory.toUser(facilitator);
        Dialogue closed = dialogues.create(actor, SampleDialogue.texts(), SampleDialogue.settings());
        dialogues.changeQuestions(actor, closed.id(), q -> SampleDialogue.questionnaire(catalogue));
        dialogues.changeState(actor, closed.id(), DialogueState.OPEN);
        dialogues.changeState(actor, closed.id(), DialogueState.CLOSED);
        dialogues.publishSummary(actor, closed.id(), Map.of("sv", "Vi hörde att bussarna är viktigast.\n\nTack!",
                "en", "We heard that the buses matter most.\n\nThank you!"), true);
        for (String language : LANGUAGES) {
            driver.get(url("/d/" + closed.publicKey() + "?lang=" + language));
            report("closed", language, failures);
            driver.get(url("/d/" + closed.publicKey() + "/summary?lang=" + language));
            report("summary", language, failures);
        }
        Browser.signIn(driver, server.getURI(), facilitator.email());
        for (String language : LANGUAGES) {
            driver.get(url("/dialogues/" + dialogue.id() + "/results?lang=" + language));
            report("results", language, failures);
            driver.get(url("/dialogues/" + dialogue.id() + "/results?district=norr&age=20-39&lang=" + language));
            report("results filtered", language, failures);
            driver.get(url("/dialogues/" + dialogue.id() + "/results/texts/issues?lang=" + language));
            report("free-text answers", language, failures);
        }
        driver.manage().deleteAllCookies();
        if (!failures.isEmpty()) {
            fail(String.join("\n\n", failures));
        }
    }

    private void report(String what, String language, List<String> failures) {
        Browser.report(driver, what, language, failures);
        Browser.reportSidewaysScroll(driver, what + " at 390 px", language, failures);
    }

    /** Presses Tab until the focused element matches (the way a keyboard user gets there). */
    private static WebElement tabTo(ChromeDriver d, Predicate<WebElement> target) {
        for (int i = 0; i < 80; i++) {
            WebElement current = active(d);
            if (target.test(current)) {
                return current;
            }
            current.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the element on " + d.getCurrentUrl());
    }

    private static WebElement active(ChromeDriver d) {
        return d.switchTo().activeElement();
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }
}
