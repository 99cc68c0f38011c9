package se.samrad.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.workshop.Activity;
import se.samrad.workshop.ActivityConfig;
import se.samrad.workshop.ActivityKind;
import se.samrad.workshop.EventType;
import se.samrad.workshop.ParticipantService;
import se.samrad.workshop.Workshop;
import se.samrad.workshop.WorkshopService;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A live re-render keeps the keyboard user where they were: a participant who sends an idea or a vote with
 * Enter stays on the button they pressed, and a facilitator resting on "Stop" stays there when participants
 * post, in Swedish and in Arabic.
 */
@MicronautTest(transactional = false)
class LiveFocusBrowserTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;

    ChromeDriver facilitatorBrowser;
    ChromeDriver participant;
    Account facilitatorAccount;
    CurrentUser facilitator;

    @BeforeAll
    void setUp() {
        facilitatorBrowser = Browser.start();
        participant = Browser.start();
        Organisation org = fixtures.organisation("Fokusby");
        facilitatorAccount = fixtures.account(org, Role.FACILITATOR);
        facilitator = directory.toUser(facilitatorAccount);
        Browser.signIn(facilitatorBrowser, server.getURI(), facilitatorAccount.email());
    }

    @AfterAll
    void tearDown() {
        for (ChromeDriver driver : new ChromeDriver[] {facilitatorBrowser, participant}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    void liveUpdatesKeepTheKeyboardFocusWhereItWas() {
        for (String language : List.of("sv", "ar")) {
            Workshop w = workshops.create(facilitator, "Fokus " + language, "", true);
            Activity ideas = workshops.addActivity(facilitator, w.id(), ActivityKind.IDEAS, "Idéer", "", ActivityConfig.empty());
            Activity poll = workshops.addActivity(facilitator, w.id(), ActivityKind.POLL, "Omröstning", "",
                    new ActivityConfig(List.of("Ja", "Nej"), false, 1, 5, 5, 3, List.of(), 0, "SELF", List.of(), true));
            workshops.control(facilitator, w.id(), EventType.STARTED, ideas.id(), Map.of());
            workshops.control(facilitator, w.id(), EventType.STARTED, poll.id(), Map.of());
            workshops.control(facilitator, w.id(), EventType.RESULTS_SHOWN, poll.id(), Map.of());

            join(w, language);

            // an idea sent with Enter: once the page re-reads the board (the idea on it), focus is still on "Send"
            WebElement text = participant.findElement(By.id("text-" + ideas.id()));
            text.sendKeys("Fler cykelbanor " + language);
            text.sendKeys(Keys.TAB);
            participant.switchTo().activeElement().sendKeys(Keys.ENTER);
            waitFor(participant, d -> d.findElement(By.id("activity-" + ideas.id())).getText().contains("Fler cykelbanor " + language));
            settle(participant);
            assertEquals("submit in activity-" + ideas.id(), focusIn(participant),
                    language + ": focus after sending an idea with Enter");

            // a vote by keyboard: Space chooses, Tab to "Vote", Enter sends; the bars re-drawn, focus stays on "Vote"
            WebElement yes = participant.findElement(By.id("opt-" + poll.id() + "-0"));
            yes.sendKeys(Keys.SPACE);
            participant.switchTo().activeElement().sendKeys(Keys.TAB);
            participant.switchTo().activeElement().sendKeys(Keys.ENTER);
            waitFor(participant, d -> d.findElement(By.id("activity-" + poll.id())).getText().contains("100"));
            settle(participant);
            assertEquals("submit in activity-" + poll.id(), focusIn(participant),
                    language + ": focus after voting with Enter");

            // the facilitator rests on "Stop" for the poll while participants post: focus stays on that "Stop"
            facilitatorBrowser.get(url("/workshops/" + w.id() + "?lang=" + language));
            WebElement stop = facilitatorBrowser.findElement(
                    By.cssSelector("#activity-" + poll.id() + " form input[value='STOPPED'] ~ button"));
            stop.sendKeys(Keys.SHIFT); // a key press that does nothing but put the focus on the button
            assertEquals("STOPPED " + poll.id(), stopFocus(facilitatorBrowser));
            var other = participants.join(w, "Dana");
            participants.submit(other.participant(), "f-" + language, EventType.IDEA, ideas.id(), Map.of("text", "Träd i parken"));
            waitFor(facilitatorBrowser, d -> d.findElement(By.id("activity-" + ideas.id())).getText().contains("Träd i parken"));
            settle(facilitatorBrowser);
            assertEquals("STOPPED " + poll.id(), stopFocus(facilitatorBrowser),
                    language + ": focus on Stop after a participant posted");
        }
    }

    private void join(Workshop w, String language) {
        participant.manage().deleteAllCookies();
        participant.get(url("/w?lang=" + language));
        participant.findElement(By.id("code")).sendKeys(w.code().toLowerCase() + Keys.ENTER);
        waitFor(participant, d -> !d.findElements(By.id("name")).isEmpty());
        participant.findElement(By.id("name")).sendKeys("Erik" + Keys.ENTER);
        waitFor(participant, d -> !d.findElements(By.cssSelector("[data-workshop]")).isEmpty());
        waitFor(participant, d -> !d.findElement(By.cssSelector("[data-live-status]")).getText().isEmpty());
        assertEquals(language, participant.findElement(By.tagName("html")).getAttribute("lang"));
    }

    /** "submit in activity-N" for a submit button, or what else has the focus. */
    private static String focusIn(ChromeDriver driver) {
        return (String) driver.executeScript("""
                const el = document.activeElement;
                const activity = el.closest('[id^="activity-"]');
                return (el.type === 'submit' ? 'submit' : el.tagName + (el.id ? '#' + el.id : ''))
                    + (activity ? ' in ' + activity.id : '');""");
    }

    private static String stopFocus(ChromeDriver driver) {
        return (String) driver.executeScript("""
                const el = document.activeElement;
                const form = el.form;
                return form ? form.elements['action'].value + ' ' + form.elements['activity'].value : el.tagName;""");
    }

    /** Waits for the live page's re-reads scheduled by the last events (at most about two seconds apart). */
    private static void settle(ChromeDriver driver) {
        try {
            Thread.sleep(2500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    private static <T> void waitFor(ChromeDriver driver, Function<? super WebDriver, T> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }
}
