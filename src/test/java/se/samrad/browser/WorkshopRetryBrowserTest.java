package se.samrad.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
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
import se.samrad.workshop.EventLog;
import se.samrad.workshop.EventType;
import se.samrad.workshop.Workshop;
import se.samrad.workshop.WorkshopEvent;
import se.samrad.workshop.WorkshopService;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The page script and the server's retryable refusal: an input the server had no room for ("slow down") stays
 * on the page and goes again a little later with the same client id, and is stored once.
 */
@MicronautTest(transactional = false)
class WorkshopRetryBrowserTest extends IntegrationTest {

    /**
     * Runs before the page's own script: the first time an input goes out on the socket, the socket answers it
     * with the server's "slow down" refusal instead of sending it; later sends go through.
     */
    private static final String SLOW_SERVER = """
            window.samradSent = [];
            const send = WebSocket.prototype.send;
            WebSocket.prototype.send = function (data) {
              const input = JSON.parse(data);
              window.samradSent.push(input.clientId);
              if (window.samradSent.filter((id) => id === input.clientId).length === 1) {
                this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(
                    [{ nack: input.clientId, error: 'workshop.error.slow-down', retry: true }]) }));
                return;
              }
              send.call(this, data);
            };
            """;

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopService workshops;
    @Inject EventLog log;

    @Test
    void anInputRefusedWithSlowDownIsSentAgainWithTheSameClientIdAndStoredOnce() {
        Organisation org = fixtures.organisation("Trängselby");
        CurrentUser facilitator = directory.toUser(fixtures.account(org, Role.FACILITATOR));
        Workshop w = workshops.create(facilitator, "Trängsel", "", true);
        Activity chat = workshops.addActivity(facilitator, w.id(), ActivityKind.CHAT, "Chatt", "", ActivityConfig.empty());
        workshops.control(facilitator, w.id(), EventType.STARTED, chat.id(), Map.of());
        ChromeDriver browser = Browser.start();
        try {
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SLOW_SERVER));
            browser.get(server.getURI().resolve("/w").toString());
            browser.findElement(By.id("code")).sendKeys(w.code() + Keys.ENTER);
            waitFor(browser, d -> !d.findElements(By.id("name")).isEmpty());
            browser.findElement(By.id("name")).sendKeys("Anna" + Keys.ENTER);
            String connected = waitFor(browser, d -> d.findElement(By.cssSelector("[data-workshop]"))
                    .getAttribute("data-msg-connected"));
            waitFor(browser, d -> connected.equals(d.findElement(By.cssSelector("[data-live-status]")).getText()));

            browser.findElement(By.id("text-" + chat.id())).sendKeys("Trängsel på servern");
            browser.findElement(By.cssSelector("#activity-" + chat.id() + " button[type='submit']")).click();
            waitFor(browser, d -> d.findElement(By.id("text-" + chat.id())).getAttribute("value").isEmpty());

            @SuppressWarnings("unchecked")
            List<String> sent = (List<String>) browser.executeScript("return window.samradSent;");
            assertEquals(2, sent.size(), "refused once, then sent again: " + sent);
            assertEquals(sent.get(0), sent.get(1), "with the same client id");
            List<WorkshopEvent> stored = log.after(w.id(), 0, 1000).stream().filter(e -> e.type() == EventType.CHAT).toList();
            assertEquals(1, stored.size(), stored.toString());
            assertEquals(sent.get(0), stored.get(0).clientId());
        } finally {
            browser.quit();
        }
    }

    private static <T> T waitFor(ChromeDriver driver, java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }
}
