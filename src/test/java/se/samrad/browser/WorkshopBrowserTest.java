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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samrad.goals.GoalCatalogue;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A live workshop in real browsers: a facilitator and two participants (one on WebSocket, one whose network
 * only lets the polling fallback through) take part at the same time; inputs reach the others without a
 * reload. axe-core finds no WCAG 2.2 AA violation on any workshop page in any offered language.
 */
@MicronautTest(transactional = false)
class WorkshopBrowserTest extends IntegrationTest {

    private static final List<String> LANGUAGES = Browser.LANGUAGES;

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;
    @Inject GoalCatalogue catalogue;

    ChromeDriver facilitatorBrowser;
    ChromeDriver anna;
    ChromeDriver bo;
    Account facilitatorAccount;
    CurrentUser facilitator;

    @BeforeAll
    void setUp() {
        CompletableFuture<ChromeDriver> first = CompletableFuture.supplyAsync(Browser::start);
        CompletableFuture<ChromeDriver> second = CompletableFuture.supplyAsync(Browser::start);
        facilitatorBrowser = Browser.start();
        anna = first.join();
        bo = second.join();
        Organisation org = fixtures.organisation("Samtalsby");
        facilitatorAccount = fixtures.account(org, Role.FACILITATOR);
        facilitator = directory.toUser(facilitatorAccount);
    }

    @AfterAll
    void tearDown() {
        for (ChromeDriver driver : new ChromeDriver[] {facilitatorBrowser, anna, bo}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    private Activity add(Workshop w, ActivityKind kind, String title, ActivityConfig config) {
        return workshops.addActivity(facilitator, w.id(), kind, title, "", config);
    }

    private static ActivityConfig config(List<String> options, List<String> questions, int groups, List<Long> targets) {
        return new ActivityConfig(options, false, 1, 5, 5, 3, questions, groups, "SELF", targets, true);
    }

    private List<Long> targets(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> catalogue.agenda2030().element(c).orElseThrow().id()).toList();
    }

    @Test
    void aFacilitatorAndTwoParticipantsWorkTogetherLive() {
        Workshop w = workshops.create(facilitator, "Synergier i Agenda 2030-arbetet", "", true);
        Activity chat = add(w, ActivityKind.CHAT, "Chatt", ActivityConfig.empty());
        Activity breakout = add(w, ActivityKind.BREAKOUT, "Grupprum",
                config(List.of(), List.of("Vad har vi för erfarenheter?", "Vilka möjligheter ser vi?"), 2, List.of()));
        Activity sdg = add(w, ActivityKind.SDG_MATRIX, "Samspel",
                config(List.of(), List.of(), 0, targets("7.2", "11.2", "3.9", "13.2", "12.3", "17.17")));

        Browser.signIn(facilitatorBrowser, server.getURI(), facilitatorAccount.email());
        facilitatorBrowser.get(url("/workshops/" + w.id()));
        join(anna, w, "Anna", "");
        join(bo, w, "Bo", "?transport=poll");
        waitFor(anna, d -> !d.findElement(By.cssSelector("[data-live-status]")).getText().isEmpty());
        waitFor(bo, d -> !d.findElement(By.cssSelector("[data-live-status]")).getText().isEmpty());
        assertEquals(anna.findElement(By.cssSelector("[data-workshop]")).getAttribute("data-msg-connected"),
                anna.findElement(By.cssSelector("[data-live-status]")).getText(), "Anna follows over WebSocket");
        assertEquals(bo.findElement(By.cssSelector("[data-workshop]")).getAttribute("data-msg-polling"),
                bo.findElement(By.cssSelector("[data-live-status]")).getText(), "Bo follows over the polling fallback");

        // the facilitator starts the chat from the running page: both participants get its form without a reload
        // (the participants joining re-render the facilitator's page, so the button found may be replaced or not
        // yet usable the next moment: find it again until the key press is taken)
        new WebDriverWait(facilitatorBrowser, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .until(d -> {
                    d.findElement(By.cssSelector("#activity-" + chat.id() + " form input[value='STARTED'] ~ button"))
                            .sendKeys(Keys.ENTER);
                    return true;
                });
        for (ChromeDriver participant : List.of(anna, bo)) {
            waitFor(participant, d -> !d.findElements(By.id("text-" + chat.id())).isEmpty());
        }

        // Anna (WebSocket) writes by keyboard; Bo (polling) sees it and hears it announced
        WebElement message = anna.findElement(By.id("text-" + chat.id()));
        message.sendKeys("Länken till SDG-synergies");
        message.sendKeys(Keys.TAB);
        anna.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor(bo, d -> d.findElement(By.id("activity-" + chat.id())).getText().contains("Länken till SDG-synergies"));
        assertTrue(bo.findElement(By.cssSelector("[data-announcer]")).getAttribute("textContent")
                .contains("Länken till SDG-synergies"));
        waitFor(anna, d -> d.findElement(By.id("text-" + chat.id())).getAttribute("value").isEmpty());

        // Bo answers over the fallback; Anna and the facilitator see it
        bo.findElement(By.id("text-" + chat.id())).sendKeys("Finns det fler analysverktyg?");
        bo.findElement(By.cssSelector("#activity-" + chat.id() + " button[type='submit']")).click();
        waitFor(anna, d -> d.findElement(By.id("activity-" + chat.id())).getText().contains("Finns det fler analysverktyg?"));
        waitFor(facilitatorBrowser, d -> d.findElement(By.id("activity-" + chat.id())).getText()
                .contains("Finns det fler analysverktyg?"));

        // breakout groups: participants choose their group, each answers a sub-question on the group's board
        workshops.control(facilitator, w.id(), EventType.STARTED, breakout.id(), Map.of());
        workshops.splitGroups(facilitator, w.id(), breakout.id(), "SELF", 2, Map.of(), participants.list(w.id()));
        for (ChromeDriver participant : List.of(anna, bo)) {
            waitFor(participant, d -> !d.findElements(By.id("group")).isEmpty());
            new Select(participant.findElement(By.id("group"))).selectByValue(participant == anna ? "1" : "2");
            participant.findElement(By.cssSelector("#activity-" + breakout.id() + " button[type='submit']")).click();
            waitFor(participant, d -> !d.findElements(By.id("answer-" + breakout.id() + "-1")).isEmpty());
        }
        anna.findElement(By.id("answer-" + breakout.id() + "-1")).sendKeys("Få in det i styrsystemen");
        anna.findElements(By.cssSelector("#activity-" + breakout.id() + " form button[type='submit']")).get(1).click();
        waitFor(facilitatorBrowser, d -> d.findElement(By.id("activity-" + breakout.id())).getText()
                .contains("Få in det i styrsystemen"));

        // SDG interaction scoring with ordinary selects; the heat map shows the mean
        workshops.control(facilitator, w.id(), EventType.STARTED, sdg.id(), Map.of());
        waitFor(bo, d -> !d.findElements(By.id("cell-" + sdg.id() + "-0-3")).isEmpty());
        new Select(bo.findElement(By.id("cell-" + sdg.id() + "-0-3"))).selectByValue("2");
        bo.findElement(By.cssSelector("#activity-" + sdg.id() + " button[type='submit']")).click();
        waitFor(anna, d -> !d.findElements(By.id("cell-" + sdg.id() + "-0-3")).isEmpty());
        new Select(anna.findElement(By.id("cell-" + sdg.id() + "-0-3"))).selectByValue("3");
        anna.findElement(By.cssSelector("#activity-" + sdg.id() + " button[type='submit']")).click();
        waitFor(facilitatorBrowser, d -> d.findElement(By.cssSelector("#activity-" + sdg.id() + " .heat--p3, #activity-"
                + sdg.id() + " .heat--p2")).getText().contains("2,5"));

        // nothing was stored twice, nothing lost
        facilitatorBrowser.navigate().refresh();
        String page = facilitatorBrowser.findElement(By.id("activity-" + chat.id())).getText();
        assertEquals(1, page.split("Länken till SDG-synergies", -1).length - 1);
        assertEquals(1, page.split("Finns det fler analysverktyg", -1).length - 1);
    }

    @Test
    void everyWorkshopPageIsFreeOfAxeViolationsInEveryLanguage() {
        Workshop w = workshops.create(facilitator, "Tillgänglighet", "Alla aktiviteter på en gång", true);
        List<Activity> all = new ArrayList<>();
        all.add(add(w, ActivityKind.POLL, "Omröstning", config(List.of("Ja", "Nej"), List.of(), 0, List.of())));
        all.add(add(w, ActivityKind.RATING, "Skattning", config(List.of(), List.of(), 0, List.of())));
        all.add(add(w, ActivityKind.IDEAS, "Idéer", ActivityConfig.empty()));
        all.add(add(w, ActivityKind.WORD_CLOUD, "Ordmoln", ActivityConfig.empty()));
        all.add(add(w, ActivityKind.QA, "Frågor", config(List.of(), List.of(), 0, List.of())));
        all.add(add(w, ActivityKind.DOTS, "Prickar", config(List.of("Energi", "Trafik", "Skola"), List.of(), 0, List.of())));
        all.add(add(w, ActivityKind.BREAKOUT, "Grupprum", config(List.of(), List.of("Erfarenheter?", "Möjligheter?"), 2, List.of())));
        all.add(add(w, ActivityKind.SDG_MATRIX, "Samspel", config(List.of(), List.of(), 0, targets("7.2", "11.2", "13.2"))));
        all.add(add(w, ActivityKind.CHAT, "Chatt", ActivityConfig.empty()));
        for (Activity a : all) {
            workshops.control(facilitator, w.id(), EventType.STARTED, a.id(), Map.of());
            workshops.control(facilitator, w.id(), EventType.RESULTS_SHOWN, a.id(), Map.of());
        }
        var joined = participants.join(w, "Cecilia");
        participants.submit(joined.participant(), "1", EventType.IDEA, all.get(2).id(), Map.of("text", "Cykelbanor"));
        participants.submit(joined.participant(), "2", EventType.IDEA, all.get(2).id(), Map.of("text", "Solpaneler"));
        participants.submit(joined.participant(), "3", EventType.WORD, all.get(3).id(), Map.of("text", "samverkan"));
        participants.submit(joined.participant(), "4", EventType.VOTE, all.get(0).id(), Map.of("options", List.of(0)));
        participants.submit(joined.participant(), "5", EventType.SCORE, all.get(7).id(), Map.of("row", 0, "col", 1, "value", -2));
        participants.submit(joined.participant(), "6", EventType.CHAT, all.get(8).id(), Map.of("text", "Hej"));
        participants.submit(joined.participant(), "7", EventType.GROUP_CHOSEN, all.get(6).id(), Map.of("group", 1));
        participants.submit(joined.participant(), "8", EventType.IDEA, all.get(6).id(), Map.of("text", "Styrsystem", "question", 0));

        List<String> failures = new ArrayList<>();
        ChromeDriver driver = facilitatorBrowser;
        driver.manage().deleteAllCookies();
        for (String language : LANGUAGES) {
            check(driver, "/w?lang=" + language, "enter", language, failures);
            driver.findElement(By.id("code")).sendKeys("0000" + Keys.ENTER);
            waitFor(driver, d -> !d.findElements(By.className("error-summary")).isEmpty());
            Browser.report(driver, "enter with error", language, failures);
            check(driver, "/w/" + w.code() + "?lang=" + language, "join", language, failures);
        }
        // the participant's live page, with every kind of activity open and results shown
        driver.get(url("/w/" + w.code()));
        driver.manage().addCookie(new org.openqa.selenium.Cookie.Builder("samrad_workshop", joined.token())
                .path("/w/" + w.code()).build());
        for (String language : LANGUAGES) {
            check(driver, "/w/" + w.code() + "?lang=" + language, "live", language, failures);
            waitFor(driver, d -> !d.findElement(By.cssSelector("[data-live-status]")).getText().isEmpty());
            Browser.report(driver, "live, connected", language, failures);
        }
        Browser.signIn(driver, server.getURI(), facilitatorAccount.email());
        for (String language : LANGUAGES) {
            for (String path : List.of("/workshops", "/workshops/" + w.id(), "/workshops/" + w.id() + "/present",
                    "/workshops/" + w.id() + "/report", "/workshops/" + w.id() + "/activities/" + all.get(2).id() + "/tags")) {
                check(driver, path + "?lang=" + language, path, language, failures);
            }
            // the add-activity form with errors, as it comes back
            driver.get(url("/workshops/" + w.id() + "?lang=" + language));
            driver.findElement(By.cssSelector("#add button[type='submit']:not([data-picker-search])")).click();
            waitFor(driver, d -> !d.findElements(By.className("error-summary")).isEmpty());
            Browser.report(driver, "add activity with errors", language, failures);
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n\n", failures));
        }
    }

    private void join(ChromeDriver driver, Workshop w, String name, String query) {
        driver.manage().deleteAllCookies();
        driver.get(url("/w" + query));
        driver.findElement(By.id("code")).sendKeys(w.code().toLowerCase() + Keys.ENTER);
        waitFor(driver, d -> !d.findElements(By.id("name")).isEmpty());
        driver.findElement(By.id("name")).sendKeys(name + Keys.ENTER);
        waitFor(driver, d -> !d.findElements(By.cssSelector("[data-workshop]")).isEmpty());
        if (!query.isEmpty()) {
            driver.get(url("/w/" + w.code() + query));
        }
    }

    private void check(ChromeDriver driver, String path, String what, String language, List<String> failures) {
        driver.get(url(path));
        Browser.report(driver, what, language, failures);
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    private static <T> void waitFor(ChromeDriver driver, java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        // The live page replaces what changed, so an element found in one poll may be gone the next moment.
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }
}
