package se.samrad.browser;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.ServerProcess;
import se.samrad.support.TestDatabase;
import se.samrad.workshop.Activity;
import se.samrad.workshop.ActivityConfig;
import se.samrad.workshop.ActivityKind;
import se.samrad.workshop.EventType;
import se.samrad.workshop.ParticipantService;
import se.samrad.workshop.Workshop;
import se.samrad.workshop.WorkshopService;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seed 004's session with a server restart in the middle, in real browsers: a facilitator and two
 * participants (Anna on WebSocket, Bo behind a proxy that only lets polling through) work in breakout groups,
 * a chat and an SDG interaction matrix of six targets; the server stops and a new one starts on the same
 * port and database while both keep typing. What they sent while it was away is stored once when it is back,
 * even by a participant who reloaded his page meanwhile; Anna's and the facilitator's pages go back to WebSocket
 * by themselves (not to polling); nothing acknowledged is lost and the report exports everything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkshopRestartBrowserTest {

    private static final Duration RECOVERY = Duration.ofSeconds(60);

    private int port;
    private EmbeddedServer server;
    private ChromeDriver facilitatorBrowser;
    private ChromeDriver anna;
    private ChromeDriver bo;

    @BeforeAll
    void setUp() throws IOException {
        CompletableFuture<ChromeDriver> first = CompletableFuture.supplyAsync(Browser::start);
        CompletableFuture<ChromeDriver> second = CompletableFuture.supplyAsync(Browser::start);
        facilitatorBrowser = Browser.start();
        anna = first.join();
        bo = second.join();
        port = ServerProcess.freePort();
    }

    @AfterAll
    void tearDown() {
        for (ChromeDriver driver : new ChromeDriver[] {facilitatorBrowser, anna, bo}) {
            if (driver != null) {
                driver.quit();
            }
        }
        if (server != null && server.isRunning()) {
            server.stop();
        }
    }

    /** A server on the same port each time, so that the pages open in the browsers reach the new one. */
    private EmbeddedServer start() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("samrad.demo.enabled", "false");
        properties.put("micronaut.server.port", port);
        properties.put("samrad.rate-limit.sign-in-per-minute", "100000");
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @Test
    void aServerRestartInTheMiddleOfASessionLosesNothing() {
        server = start();
        ApplicationContext ctx = server.getApplicationContext();
        Fixtures fixtures = ctx.getBean(Fixtures.class);
        Account account = fixtures.account(fixtures.organisation("Omstartskommun"), Role.FACILITATOR);
        CurrentUser facilitator = ctx.getBean(StaffDirectory.class).toUser(account);
        WorkshopService workshops = ctx.getBean(WorkshopService.class);
        GoalCatalogue catalogue = ctx.getBean(GoalCatalogue.class);
        Workshop w = workshops.create(facilitator, "Hållbarhetsrådet: synergier", "", true);
        Activity breakout = workshops.addActivity(facilitator, w.id(), ActivityKind.BREAKOUT, "Grupprum", "",
                new ActivityConfig(List.of(), false, 1, 5, 5, 3,
                        List.of("Vad har vi för erfarenheter?", "Vilka möjligheter ser vi?"), 2, "SELF", List.of(), true));
        Activity chat = workshops.addActivity(facilitator, w.id(), ActivityKind.CHAT, "Chatt", "", ActivityConfig.empty());
        List<Long> targets = java.util.stream.Stream.of("7.2", "11.2", "3.9", "13.2", "12.3", "17.17")
                .map(c -> catalogue.agenda2030().element(c).orElseThrow().id()).toList();
        Activity sdg = workshops.addActivity(facilitator, w.id(), ActivityKind.SDG_MATRIX, "Samspel", "",
                new ActivityConfig(List.of(), false, 1, 5, 5, 3, List.of(), 0, "SELF", targets, true));
        for (Activity a : List.of(breakout, chat, sdg)) {
            workshops.control(facilitator, w.id(), EventType.STARTED, a.id(), Map.of());
        }

        Browser.signIn(facilitatorBrowser, server.getURI(), account.email());
        join(anna, w, "Anna", "");
        join(bo, w, "Bo", "?transport=poll");
        waitForStatus(anna, "data-msg-connected", Duration.ofSeconds(15));
        waitForStatus(bo, "data-msg-polling", Duration.ofSeconds(15));
        workshops.splitGroups(facilitator, w.id(), breakout.id(), "SELF", 2, Map.of(),
                ctx.getBean(ParticipantService.class).list(w.id()));
        for (ChromeDriver participant : List.of(anna, bo)) {
            waitFor(participant, d -> !d.findElements(By.id("group")).isEmpty(), Duration.ofSeconds(15));
            choose(participant, By.id("group"), participant == anna ? "1" : "2",
                    By.cssSelector("#activity-" + breakout.id() + " button[type='submit']"));
            waitFor(participant, d -> !d.findElements(By.id("answer-" + breakout.id() + "-1")).isEmpty(), Duration.ofSeconds(15));
        }

        // before the restart: an ordinary exchange, which the facilitator follows on the running page
        facilitatorBrowser.get(url("/workshops/" + w.id()));
        waitForStatus(facilitatorBrowser, "data-msg-connected", Duration.ofSeconds(15));
        chat(anna, chat, "Före omstarten");
        waitFor(bo, d -> d.findElement(By.id("activity-" + chat.id())).getText().contains("Före omstarten"), Duration.ofSeconds(15));

        server.stop();

        // while the server is away both go on: Anna chats and answers her group's second sub-question; Bo scores
        // and then loses his page (he reloads it while the server is still away)
        waitForStatus(anna, "data-msg-offline", Duration.ofSeconds(15));
        chat(anna, chat, "Under omstarten");
        waitFor(anna, d -> d.findElement(By.cssSelector("[data-announcer]")).getAttribute("textContent")
                .contains(attribute(d, "data-msg-queued")), Duration.ofSeconds(5));
        assertEquals("Under omstarten", anna.findElement(By.id("text-" + chat.id())).getAttribute("value"),
                "what Anna typed stays in the field until the server has it");
        answer(anna, By.id("answer-" + breakout.id() + "-1"), "Energiplanen och översiktsplanen",
                By.cssSelector("form:has(#answer-" + breakout.id() + "-1) button[type='submit']"));
        choose(bo, By.id("cell-" + sdg.id() + "-0-3"), "2", By.cssSelector("#activity-" + sdg.id() + " button[type='submit']"));
        List<String> failures = new ArrayList<>();
        Browser.report(anna, "live page, server away", "sv", failures);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        try {
            bo.navigate().refresh();
        } catch (org.openqa.selenium.WebDriverException expected) {
            // the browser's own "cannot reach the server" page
        }

        server = start();
        bo.get(url("/w/" + w.code() + "?transport=poll"));

        // Anna is back on WebSocket (a restarting server is no reason to fall back to polling); her inputs went
        waitForStatus(anna, "data-msg-connected", RECOVERY);
        waitFor(anna, d -> d.findElement(By.id("text-" + chat.id())).getAttribute("value").isEmpty(), RECOVERY);
        waitFor(anna, d -> d.findElement(By.id("activity-" + chat.id())).getText().contains("Under omstarten"), RECOVERY);
        waitFor(bo, d -> d.findElement(By.id("activity-" + chat.id())).getText().contains("Under omstarten"), RECOVERY);
        // the facilitator's page came back to WebSocket too and shows what arrived without a reload
        waitForStatus(facilitatorBrowser, "data-msg-connected", RECOVERY);
        waitFor(facilitatorBrowser, d -> d.findElement(By.id("activity-" + chat.id())).getText().contains("Under omstarten"),
                RECOVERY);

        // after the restart: the session simply goes on
        choose(anna, By.id("cell-" + sdg.id() + "-0-3"), "3", By.cssSelector("#activity-" + sdg.id() + " button[type='submit']"));
        chat(anna, chat, "Efter omstarten");
        answer(bo, By.id("answer-" + breakout.id() + "-0"), "Gemensamma mätetal",
                By.cssSelector("form:has(#answer-" + breakout.id() + "-0) button[type='submit']"));

        waitFor(facilitatorBrowser, d -> {
            d.navigate().refresh();
            String page = d.findElement(By.tagName("main")).getText();
            boolean scored = d.findElements(By.cssSelector("#activity-" + sdg.id() + " .heat--p3, #activity-" + sdg.id()
                    + " .heat--p2")).stream().anyMatch(cell -> cell.getText().contains("2,5"));
            return scored && page.contains("Efter omstarten") && page.contains("Gemensamma mätetal")
                    && page.contains("Energiplanen och översiktsplanen") ? page : null;
        }, RECOVERY);
        String chatText = facilitatorBrowser.findElement(By.id("activity-" + chat.id())).getText();
        for (String text : List.of("Före omstarten", "Under omstarten", "Efter omstarten")) {
            assertEquals(1, chatText.split(text, -1).length - 1, text + " is in the chat once");
        }
        // (the wait above saw the heat map's mean 2,5: Bo's score from the pause, kept across his reload, and Anna's)

        // the report has all of it, as a page and as exports
        facilitatorBrowser.get(url("/workshops/" + w.id() + "/report"));
        String report = facilitatorBrowser.findElement(By.tagName("main")).getText();
        for (String text : List.of("Före omstarten", "Under omstarten", "Efter omstarten", "Energiplanen och översiktsplanen",
                "Gemensamma mätetal")) {
            assertTrue(report.contains(text), "report page has " + text);
        }
        String csv = fetch("/workshops/" + w.id() + "/report/workshop.csv", "text");
        assertTrue(csv.contains("Under omstarten") && csv.contains("Gemensamma mätetal"), csv);
        assertTrue(fetch("/workshops/" + w.id() + "/report/workshop.xlsx", "head").startsWith("PK"), "XLSX is a zip");
        assertTrue(fetch("/workshops/" + w.id() + "/report/workshop.pdf", "head").startsWith("%PDF"), "PDF");
    }

    private void chat(ChromeDriver driver, Activity chat, String text) {
        answer(driver, By.id("text-" + chat.id()), text, By.cssSelector("#activity-" + chat.id() + " button[type='submit']"));
    }

    /**
     * Types into a field and presses the form's button. The live page re-reads its part after events (keeping
     * what was typed), so an element found a moment ago may have been replaced: then it is found again.
     */
    private static void answer(ChromeDriver driver, By field, String text, By button) {
        for (int attempt = 0; ; attempt++) {
            try {
                var input = driver.findElement(field);
                if (!text.equals(input.getAttribute("value"))) {
                    input.clear();
                    input.sendKeys(text);
                }
                driver.findElement(button).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static void choose(ChromeDriver driver, By select, String value, By button) {
        for (int attempt = 0; ; attempt++) {
            try {
                new Select(driver.findElement(select)).selectByValue(value);
                driver.findElement(button).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Fetches a download in the facilitator's browser (with the session cookie): its text, or its first bytes. */
    private String fetch(String path, String how) {
        Object result = facilitatorBrowser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then((r) => r.ok ? (arguments[1] === 'text' ? r.text()
                      : r.arrayBuffer().then((b) => String.fromCharCode(...new Uint8Array(b).slice(0, 4))))
                      : 'HTTP ' + r.status)
                  .then(done, (e) => done('failed: ' + e));
                """, url(path), how);
        return String.valueOf(result);
    }

    private void join(ChromeDriver driver, Workshop w, String name, String query) {
        driver.manage().deleteAllCookies();
        driver.get(url("/w" + query));
        driver.findElement(By.id("code")).sendKeys(w.code().toLowerCase() + Keys.ENTER);
        waitFor(driver, d -> !d.findElements(By.id("name")).isEmpty(), Duration.ofSeconds(15));
        driver.findElement(By.id("name")).sendKeys(name + Keys.ENTER);
        waitFor(driver, d -> !d.findElements(By.cssSelector("[data-workshop]")).isEmpty(), Duration.ofSeconds(15));
        if (!query.isEmpty()) {
            driver.get(url("/w/" + w.code() + query));
        }
    }

    private static String attribute(WebDriver driver, String name) {
        return driver.findElement(By.cssSelector("[data-workshop]")).getAttribute(name);
    }

    private static void waitForStatus(ChromeDriver driver, String message, Duration timeout) {
        waitFor(driver, d -> attribute(d, message).equals(d.findElement(By.cssSelector("[data-live-status]")).getText()),
                timeout);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static <T> void waitFor(ChromeDriver driver, Function<? super WebDriver, T> condition, Duration timeout) {
        // The live page replaces what changed, so an element found in one poll may be gone the next moment.
        new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(250))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }
}
