package se.samrad.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.security.Role;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.workshop.ActivityKind;
import se.samrad.workshop.ParticipantService;
import se.samrad.workshop.PresenterScenario;
import se.samrad.workshop.WorkshopService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The presenter view as a council's wall screen shows it: a 1920 × 1080 viewport (not a window of that size, whose
 * page is shorter), Swedish and Arabic, every activity kind and the join screen. What the back of the room needs:
 * the screen does not scroll either way, and no visible text is smaller than 20 px. Each screen is photographed
 * into {@code target/wall-screen/} to be looked at (two of them are docs/screenshots/ in the README).
 */
@MicronautTest(transactional = false)
class WallScreenBrowserTest extends IntegrationTest {

    static final Path SHOTS = Path.of("target", "wall-screen");
    private static final int SMALLEST_TEXT_PX = 20;

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;
    @Inject GoalCatalogue catalogue;

    ChromeDriver screen;
    PresenterScenario scenario;

    @BeforeAll
    void setUp() {
        screen = Browser.start(true, 1920, 1080);
        screen.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.<String, Object>of("width", 1920, "height", 1080, "deviceScaleFactor", 1, "mobile", false));
        Organisation org = fixtures.organisation("Sidby kommun");
        var facilitator = fixtures.account(org, Role.FACILITATOR);
        scenario = new PresenterScenario(workshops, participants, catalogue, directory.toUser(facilitator));
        Browser.signIn(screen, server.getURI(), facilitator.email());
    }

    @AfterAll
    void tearDown() {
        if (screen != null) {
            screen.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            screen.quit();
        }
    }

    @Test
    void everyKindFitsTheWallScreenInLargeTypeInSwedishAndArabic() throws IOException {
        Files.createDirectories(SHOTS);
        List<String> failures = new ArrayList<>();
        List<ActivityKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(Arrays.asList(ActivityKind.POLL, ActivityKind.RATING, ActivityKind.WORD_CLOUD, ActivityKind.IDEAS,
                ActivityKind.QA, ActivityKind.DOTS, ActivityKind.BREAKOUT, ActivityKind.SDG_MATRIX, ActivityKind.CHAT));
        for (String language : List.of("sv", "ar")) {
            for (ActivityKind kind : kinds) {
                String what = (kind == null ? "join" : kind.name().toLowerCase().replace('_', '-')) + " [" + language + "]";
                scenario.present(kind, false);
                screen.get(server.getURI().resolve("/workshops/" + scenario.workshop.id() + "/present?lang=" + language)
                        .toString());
                new WebDriverWait(screen, Duration.ofSeconds(20))
                        .until(d -> !d.findElement(By.cssSelector("[data-live-status]")).getText().isEmpty());
                Files.write(SHOTS.resolve(what.replaceAll("[^a-z-]+", "-").replaceAll("-$", "") + ".png"),
                        screen.getScreenshotAs(OutputType.BYTES));
                @SuppressWarnings("unchecked")
                Map<String, Object> page = (Map<String, Object>) screen.executeScript(MEASURE, SMALLEST_TEXT_PX);
                if (((Number) page.get("down")).intValue() > 0 || ((Number) page.get("sideways")).intValue() > 0) {
                    failures.add(what + " scrolls on the wall screen: " + page);
                }
                if (!String.valueOf(page.get("small")).isEmpty()) {
                    failures.add(what + " has text under " + SMALLEST_TEXT_PX + " px: " + page.get("small"));
                }
            }
        }
        scenario.present(null, false);
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    /**
     * How far the screen scrolls down and sideways, and the visible text (outside what is only for screen readers)
     * drawn smaller than the limit, as "size px: text".
     */
    private static final String MEASURE = """
            const root = document.documentElement, limit = arguments[0];
            const small = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const el = node.parentElement, text = node.textContent.trim();
              if (!text || el.closest('.visually-hidden, [hidden], title, desc, script, style')) { continue; }
              const box = el.getBoundingClientRect();
              if (box.width === 0 || box.height === 0) { continue; }
              // SVG text is drawn scaled by its viewBox: its size on the screen is the font size times the scale
              const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
              const size = parseFloat(getComputedStyle(el).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
              if (size < limit - 0.5) { small.push(Math.round(size) + ' px: ' + text.slice(0, 40)); }
            }
            return {down: root.scrollHeight - root.clientHeight, sideways: root.scrollWidth - root.clientWidth,
                small: [...new Set(small)].slice(0, 8).join(' | ')};""";
}
