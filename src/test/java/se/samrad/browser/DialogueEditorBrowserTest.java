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
import se.samrad.dialogue.Condition;
import se.samrad.dialogue.Dialogue;
import se.samrad.dialogue.Dialogues;
import se.samrad.dialogue.Question;
import se.samrad.dialogue.QuestionType;
import se.samrad.goals.GoalCatalogue;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The facilitator's editor in a real browser: a dialogue in Swedish and English with a target-tagged option
 * and a question shown on a condition, built with the keyboard alone; axe-core finds no WCAG 2.2 AA violation
 * on any staff dialogue page, with and without errors, in every offered language, and none of them
 * scrolls sideways on a 390 px wide phone.
 */
@MicronautTest(transactional = false)
class DialogueEditorBrowserTest extends IntegrationTest {

    private static final List<String> LANGUAGES = Browser.LANGUAGES;

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Dialogues dialogues;
    @Inject GoalCatalogue catalogue;

    ChromeDriver driver;
    Account facilitator;

    @BeforeAll
    void setUp() {
        driver = Browser.start();
        Organisation org = fixtures.organisation("Tangentby kommun");
        facilitator = fixtures.account(org, Role.FACILITATOR);
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void facilitatorBuildsABilingualDialogueWithAConditionAndATargetByKeyboard() {
        Browser.signIn(driver, server.getURI(), facilitator.email());
        driver.get(url("/dialogues?lang=sv"));
        type("title-sv", "Cykla i Tangentby");
        type("title-en", "Cycling in Tangentby");
        WebElement english = driver.findElement(By.id("languages-en"));
        english.sendKeys(Keys.SPACE);
        assertTrue(english.isSelected());
        press(By.cssSelector("form[action='/dialogues'] button[type=submit]"));
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Cykla i Tangentby"));
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll("^.*/dialogues/(\\d+).*$", "$1"));

        press(By.cssSelector(".dialogue-tabs a[href$='/questions']"));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("add-section-heading")));
        type("title-sv", "Om cykling");
        type("title-en", "About cycling");
        press(By.cssSelector("form[action$='/sections'] button[type=submit]"));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dialogue-section")));

        // A single-choice question; the option "Cykel" tagged with target 11.2.
        press(By.cssSelector("a[href*='/questions/new?section=']"));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("text-sv")));
        type("text-sv", "Hur tar du dig till skolan?");
        type("text-en", "How do you get to school?");
        type("option-0-sv", "Bil");
        type("option-0-en", "Car");
        type("option-1-sv", "Cykel");
        type("option-1-en", "Bicycle");
        type("option-1-targets", "11.2");
        save();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dialogue-question")));

        // A question shown only to those who cycle: the type chosen by typing, the condition ticked with Space.
        String first = dialogues.get(directory.toUser(facilitator), id).questionnaire().questions().get(0).key();
        press(By.cssSelector("a[href*='/questions/new?section=']"));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("text-sv")));
        assertTrue(driver.findElement(By.id("options")).isDisplayed() && !driver.findElement(By.id("scale")).isDisplayed(),
                "only the parts of a single-choice question");
        driver.findElement(By.id("type")).sendKeys("Lång");
        wait(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("options")));
        type("text-sv", "Vad skulle göra cykelvägen säkrare?");
        type("text-en", "What would make the cycle path safer?");
        WebElement summary = driver.findElement(By.cssSelector(".condition__question summary"));
        summary.sendKeys(Keys.ENTER);
        WebElement bike = driver.findElement(By.id("showIf-" + first + "-1"));
        wait(driver).until(ExpectedConditions.visibilityOf(bike));
        bike.sendKeys(Keys.SPACE);
        assertTrue(bike.isSelected());
        save();
        wait(driver).until(d -> d.findElements(By.cssSelector(".dialogue-question")).size() == 2);

        Dialogue built = dialogues.get(directory.toUser(facilitator), id);
        assertEquals(List.of("sv", "en"), built.languages());
        assertEquals("Cycling in Tangentby", built.texts().title().get("en"));
        Question how = built.questionnaire().questions().get(0);
        Question safer = built.questionnaire().questions().get(1);
        assertEquals("Bicycle", how.options().get(1).text().get("en"));
        assertEquals(List.of(catalogue.agenda2030().element("11.2").orElseThrow().id()), how.options().get(1).targets());
        assertEquals(QuestionType.LONG_TEXT, safer.type());
        assertEquals(new Condition(how.key(), List.of(how.options().get(1).key())), safer.showIf());
        assertEquals("What would make the cycle path safer?", safer.text().get("en"));
    }

    @Test
    void everyStaffDialoguePageIsFreeOfAxeViolationsInEveryLanguage() {
        Browser.signIn(driver, server.getURI(), facilitator.email());
        var user = directory.toUser(facilitator);
        driver.get(url("/dialogues?lang=sv"));
        type("title-sv", "Tillgänglig dialog");
        driver.findElement(By.id("languages-en")).sendKeys(Keys.SPACE);
        press(By.cssSelector("form[action='/dialogues'] button[type=submit]"));
        wait(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Tillgänglig dialog"));
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll("^.*/dialogues/(\\d+).*$", "$1"));
        driver.get(url("/dialogues/" + id + "/questions?lang=sv"));
        press(By.cssSelector("form[action$='/demographics'] button"));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dialogue-question")));
        Dialogue d = dialogues.get(user, id);
        String section = d.questionnaire().sections().get(0).key();
        String question = d.questionnaire().questions().get(1).key();

        List<String> failures = new ArrayList<>();
        String base = "/dialogues/" + id;
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844)); // a phone
        for (String language : LANGUAGES) {
            for (String path : List.of("/dialogues", base, base + "/questions", base + "/questions/new?section=" + section,
                    base + "/questions/" + question, base + "/sections/" + section, base + "/translations",
                    base + "/codes", base + "/population")) {
                driver.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
                report(path, language, failures);
            }
            // Forms sent with errors: error summary, fields marked, what was typed kept.
            driver.get(url("/dialogues?lang=" + language));
            press(By.cssSelector("form[action='/dialogues'] button[type=submit]"));
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
            report("/dialogues with errors", language, failures);
            driver.get(url(base + "/questions/new?section=" + section + "&lang=" + language));
            type("option-0-sv", "Ensam");
            save();
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
            report("new question with errors", language, failures);
            driver.get(url(base + "?lang=" + language));
            press(By.cssSelector("form[action$='/delete'] button"));
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
            report("delete without confirmation", language, failures);
            driver.get(url(base + "/population?lang=" + language));
            WebElement share = driver.findElement(By.cssSelector(".field--percent input"));
            share.sendKeys("abc");
            press(By.cssSelector("form[action$='/population'] button"));
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.className("error-summary")));
            report("population with errors", language, failures);
            driver.get(url(base + "/codes?lang=" + language));
            type("count", "3");
            press(By.cssSelector("form[action$='/codes'] button"));
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.className("code-list")));
            report("codes just made", language, failures);
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n\n", failures));
        }
    }

    private void save() {
        press(By.cssSelector("form.question-form > button.button"));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.sendKeys(text);
    }

    /** Activates a link or button from the keyboard. */
    private void press(By by) {
        WebElement element = driver.findElement(by);
        element.sendKeys(Keys.ENTER);
    }

    private void report(String what, String language, List<String> failures) {
        Browser.reportSidewaysScroll(driver, what, language, failures);
        Browser.report(driver, what, language, failures);
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }
}
