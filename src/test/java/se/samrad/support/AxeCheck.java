package se.samrad.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs axe-core (the copy in the axe-core Selenium jar) on the page a browser shows and describes its violations.
 * <p>
 * A page without frames (all of Samråd's today) is checked in one call: axe-core is put into the document once,
 * from a string read once per JVM, and {@code axe.run} on the whole document returns only the violations' rule,
 * impact, help and the selectors of their nodes. {@code AxeBuilder} (which a framed page still goes through) reads
 * the 560 kB script from its jar and sends it to the page twice per check, and its results carry every rule;
 * the rules run ({@link #TAGS}) and the violations found are the same (AxeCheckTest compares the two).
 */
final class AxeCheck {

    /** The rule tags checked: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPTIONS = options();

    /**
     * Answers "framed" or "absent" (axe-core not in this document yet) without checking, otherwise the violations
     * (or axe-core's error) once {@code axe.run} is done.
     */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            if (document.querySelector('iframe, frame')) { done('framed'); return; }
            if (typeof window.axe === 'undefined' || typeof window.axe.run !== 'function') { done('absent'); return; }
            window.axe.run(document, JSON.parse(arguments[0])).then(results => done({violations:
                results.violations.map(rule => ({id: rule.id, impact: rule.impact, help: rule.help,
                    targets: rule.nodes.map(node => node.target)}))}),
                error => done({error: String(error && error.stack || error)}));
            """;

    private AxeCheck() {
    }

    /** axe-core's script, read from the jar once per JVM. */
    static String script() {
        return Script.TEXT;
    }

    /**
     * The violations on the current page, one line a rule, empty when there is none. On a busy machine the
     * navigation a click starts can begin only after the click returned, replacing the page while it is being
     * checked: then the new page is awaited and checked instead, at most twice more.
     */
    static String violations(ChromeDriver driver) {
        for (int attempt = 1; ; attempt++) {
            awaitLoaded(driver);
            try {
                Object outcome = driver.executeAsyncScript(RUN, OPTIONS);
                if ("absent".equals(outcome)) {
                    driver.executeScript(Script.TEXT);
                    outcome = driver.executeAsyncScript(RUN, OPTIONS);
                }
                if ("framed".equals(outcome)) {
                    return framed(driver);
                }
                if (outcome instanceof Map<?, ?> result && result.get("violations") instanceof List<?> violations) {
                    return describe(violations);
                }
                if (attempt == 3) {
                    throw new IllegalStateException("axe-core did not finish on " + driver.getCurrentUrl() + ": "
                            + outcome);
                }
            } catch (JavascriptException | ScriptTimeoutException e) {
                // The page was replaced while axe-core ran on it (ChromeDriver reports either): check the new one.
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static String describe(List<?> violations) {
        return violations.stream().map(Map.class::cast)
                .map(rule -> rule.get("id") + " (" + rule.get("impact") + "): " + rule.get("help") + " -> "
                        + ((List<?>) rule.get("targets")).stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /** A page with frames: axe-core's default mode, which checks inside the frames too and puts it together. */
    private static String framed(ChromeDriver driver) {
        for (int attempt = 1; ; attempt++) {
            Results results = new AxeBuilder().withOptions(violationsOnly()).withTags(TAGS).analyze(driver);
            if (!results.isErrored()) {
                return results.getViolations().stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): "
                                + rule.getHelp() + " -> " + rule.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n"));
            }
            if (attempt == 3) {
                throw new IllegalStateException("axe-core did not finish on " + driver.getCurrentUrl() + ": "
                        + results.getErrorMessage());
            }
            awaitLoaded(driver);
        }
    }

    /** Only the violations are described in full; passes and the rest are cut to one node a rule. */
    private static AxeRunOptions violationsOnly() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return options;
    }

    private static String options() {
        try {
            return JSON.writeValueAsString(Map.of("runOnly", Map.of("type", "tag", "values", TAGS),
                    "resultTypes", List.of("violations")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls every 50 ms rather than WebDriverWait's 500: a page still loading is most often nearly done. */
    private static void awaitLoaded(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50))
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    private static final class Script {
        static final String TEXT = read();

        private static String read() {
            try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not in the axe-core Selenium jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
