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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.workshop.ActivityKind;
import se.samrad.workshop.EventType;
import se.samrad.workshop.ParticipantService;
import se.samrad.workshop.PresenterScenario;
import se.samrad.workshop.WorkshopService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The presenter view on a 1920 × 1080 screen: every activity kind on the big screen is free of axe-core violations
 * in every language (and is photographed into {@code target/presenter/} for a person to look at), follows the
 * participants live, and answers the facilitator's keys.
 */
@MicronautTest(transactional = false)
class PresenterBrowserTest extends IntegrationTest {

    static final Path SHOTS = Path.of("target", "presenter");

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;
    @Inject GoalCatalogue catalogue;

    ChromeDriver screen;
    Account facilitator;
    PresenterScenario scenario;

    @BeforeAll
    void setUp() {
        screen = Browser.start(true, 1920, 1080);
        Organisation org = fixtures.organisation("Sidby kommun");
        facilitator = fixtures.account(org, Role.FACILITATOR);
        scenario = new PresenterScenario(workshops, participants, catalogue, directory.toUser(facilitator));
        Browser.signIn(screen, server.getURI(), facilitator.email());
    }

    @AfterAll
    void tearDown() {
        if (screen != null) {
            screen.quit();
        }
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    private static void waitFor(WebDriver driver, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private String current() {
        return screen.findElement(By.cssSelector("[data-screen]")).getAttribute("data-current");
    }

    @Test
    void everyKindOnTheBigScreenIsFreeOfAxeViolationsInEveryLanguage() throws IOException {
        Files.createDirectories(SHOTS);
        List<String> failures = new ArrayList<>();
        List<ActivityKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(Arrays.asList(ActivityKind.POLL, ActivityKind.RATING, ActivityKind.WORD_CLOUD, ActivityKind.IDEAS,
                ActivityKind.QA, ActivityKind.DOTS, ActivityKind.BREAKOUT, ActivityKind.SDG_MATRIX, ActivityKind.CHAT));
        for (String language : Browser.LANGUAGES) {
            for (ActivityKind kind : kinds) {
                scenario.present(kind, false);
                screen.get(url("/workshops/" + scenario.workshop.id() + "/present?lang=" + language));
                String expected = kind == null ? "" : String.valueOf(scenario.activities.get(kind).id());
                assertEquals(expected, current());
                waitFor(screen, d -> !d.findElement(By.cssSelector("[data-live-status]")).getText().isEmpty());
                Browser.report(screen, "presenter " + (kind == null ? "join" : kind), language, failures);
                String name = language + "-" + (kind == null ? "join" : kind.name().toLowerCase().replace('_', '-')) + ".png";
                Files.copy(screen.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name),
                        StandardCopyOption.REPLACE_EXISTING);
                // nothing scrolls sideways on the big screen
                Number overflow = (Number) screen.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow.intValue() <= 0, kind + " " + language + " scrolls sideways by " + overflow);
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n\n", failures));
        }
    }

    @Test
    void theScreenFollowsParticipantsLiveAndTheFacilitatorsKeys() {
        long poll = scenario.activities.get(ActivityKind.POLL).id();
        long rating = scenario.activities.get(ActivityKind.RATING).id();
        scenario.present(ActivityKind.POLL, false);
        screen.get(url("/workshops/" + scenario.workshop.id() + "/present?lang=sv"));
        waitFor(screen, d -> !d.findElement(By.cssSelector("[data-live-status]")).getText().isEmpty());
        String before = screen.findElement(By.cssSelector(".stage__activity")).getText();

        // a late participant votes: the bars change without a reload
        var late = participants.join(scenario.workshop, "Zara Sen");
        participants.submit(late.participant(), "late-1", EventType.VOTE, poll, Map.of("options", List.of(3)));
        waitFor(screen, d -> !d.findElement(By.cssSelector(".stage__activity")).getText().equals(before));
        assertTrue(screen.findElement(By.cssSelector(".stage__activity")).getText().contains("23"),
                screen.findElement(By.cssSelector(".stage__activity")).getText());

        // the facilitator's keys: next activity, reveal and hide results, names, timer, the join screen, back
        var body = screen.findElement(By.tagName("body"));
        body.sendKeys(Keys.ARROW_RIGHT);
        waitFor(screen, d -> String.valueOf(rating).equals(current()));
        body = screen.findElement(By.tagName("body"));
        body.sendKeys("r");
        waitFor(screen, d -> !d.findElements(By.cssSelector(".stage__answered")).isEmpty());
        screen.findElement(By.tagName("body")).sendKeys("r");
        waitFor(screen, d -> !d.findElements(By.cssSelector(".stage__mean")).isEmpty());
        screen.findElement(By.tagName("body")).sendKeys("n");
        waitFor(screen, d -> "true".equals(d.findElement(By.cssSelector("[data-screen]")).getAttribute("data-only-results")));
        screen.findElement(By.tagName("body")).sendKeys("t");
        waitFor(screen, d -> !d.findElements(By.cssSelector("[data-timer-ends]")).isEmpty());
        String left = screen.findElement(By.cssSelector("[data-timer-ends]")).getText();
        assertTrue(left.startsWith("5:") || left.startsWith("4:"), left);
        screen.findElement(By.tagName("body")).sendKeys("t");
        waitFor(screen, d -> d.findElements(By.cssSelector("[data-timer-ends]")).isEmpty());
        screen.findElement(By.tagName("body")).sendKeys(Keys.PAGE_UP);
        waitFor(screen, d -> String.valueOf(poll).equals(current()));
        screen.findElement(By.tagName("body")).sendKeys("j");
        waitFor(screen, d -> "".equals(current()));
        assertTrue(screen.findElement(By.cssSelector(".stage__code")).getText().equals(scenario.workshop.code()));
        scenario.present(null, false);
    }
}
