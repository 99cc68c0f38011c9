package se.samrad.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link AxeCheck} finds what axe-core's own Selenium integration ({@code AxeBuilder}, as the browser tests used it
 * before) finds on pages with known faults: the same rules, none outside the WCAG tags, also when a document is
 * checked again and inside frames.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AxeCheckTest {

    /** Faults of WCAG 2.0, 2.1 and 2.2 A/AA, and one only a best practice names (no main landmark, a skipped level). */
    static final String FAULTY = """
            <!DOCTYPE html><html><head><title>Fel</title></head><body>
            <h1>Rubrik</h1><h4>Hoppar över nivåer</h4>
            <img src="/missing.png">
            <input type="text" id="name">
            <p style="color:#bbb;background:#fff">Svag kontrast</p>
            <button></button>
            <a href="/x"></a>
            <span id="twice">a</span><span id="twice">b</span>
            </body></html>""";

    static final String CLEAN = """
            <!DOCTYPE html><html lang="sv"><head><title>Rätt</title></head><body><main>
            <h1>Rubrik</h1><p>Text med god kontrast.</p>
            <label for="n">Namn</label><input type="text" id="n">
            </main></body></html>""";

    static final String FRAMED = """
            <!DOCTYPE html><html lang="sv"><head><title>Ram</title></head><body><main><h1>Ram</h1>
            <iframe src="/faulty" title="Felaktig sida"></iframe></main></body></html>""";

    HttpServer server;
    ChromeDriver driver;
    String base;

    @BeforeAll
    void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Map<String, String> pages = Map.of("/faulty", FAULTY, "/clean", CLEAN, "/framed", FRAMED);
        server.createContext("/", exchange -> {
            String page = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        driver = Browser.start();
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void findsTheSameViolationsAsAxeBuilderAndOnlyThoseOfTheWcagTags() {
        driver.get(base + "/faulty");
        Set<String> before = axeBuilderRules();
        driver.get(base + "/faulty");
        Set<String> now = rules(AxeCheck.violations(driver));

        assertTrue(now.containsAll(Set.of("image-alt", "label", "color-contrast", "button-name", "link-name",
                "html-has-lang")), now::toString);
        assertEquals(before, now);
        // best practices, not WCAG criteria: not checked now, nor before
        assertTrue(!now.contains("landmark-one-main") && !now.contains("heading-order") && !now.contains("region"),
                now::toString);
        // the same document again: axe-core is already in it and answers the same
        assertEquals(now, rules(AxeCheck.violations(driver)));
    }

    @Test
    void describesEachViolationWithTheNodesItFound() {
        driver.get(base + "/faulty");
        String image = Arrays.stream(AxeCheck.violations(driver).split("\n"))
                .filter(line -> line.startsWith("image-alt ")).findFirst().orElseThrow();

        assertEquals("image-alt (critical): Images must have alternative text -> [img]", image);
    }

    @Test
    void aCleanPageHasNoViolations() {
        driver.get(base + "/clean");

        assertEquals("", AxeCheck.violations(driver));
    }

    @Test
    void faultsInsideAFrameAreFound() {
        driver.get(base + "/framed");
        driver.findElement(By.tagName("iframe"));
        Set<String> framed = rules(AxeCheck.violations(driver));

        assertTrue(framed.containsAll(Set.of("image-alt", "label", "button-name")), framed::toString);
    }

    /** The violations AxeBuilder finds on the current page, as Browser checked before (legacy mode, no frames). */
    private Set<String> axeBuilderRules() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().withOptions(options).withTags(Browser.WCAG_TAGS).setLegacyMode(true)
                .disableIframeTesting().analyze(driver).getViolations().stream().map(Rule::getId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> rules(String violations) {
        return Arrays.stream(violations.split("\n")).filter(line -> !line.isBlank())
                .map(line -> line.substring(0, line.indexOf(' '))).collect(Collectors.toCollection(TreeSet::new));
    }
}
