package se.samrad.support;

import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks pages with axe-core in every offered language ({@link Browser#LANGUAGES}), collecting every violation
 * so that one run reports them all; {@link #assertNone()} fails the test if there was any.
 */
public final class AxePages {

    private final ChromeDriver driver;
    private final URI server;
    private final List<String> failures = new ArrayList<>();

    public AxePages(ChromeDriver driver, URI server) {
        this.driver = driver;
        this.server = server;
    }

    /** Opens each path in each language and checks it. */
    public void check(List<String> paths) {
        for (String language : Browser.LANGUAGES) {
            for (String path : paths) {
                driver.get(server.resolve(path + (path.contains("?") ? "&" : "?") + "lang=" + language).toString());
                Browser.report(driver, path, language, failures);
            }
        }
    }

    /** Checks the page the browser shows now, reported as {@code what} in {@code language}. */
    public void report(String what, String language) {
        Browser.report(driver, what, language, failures);
    }

    /** Signs in on a fresh session (see {@link Browser#signIn}). */
    public void signIn(String email) {
        Browser.signIn(driver, server, email);
    }

    /** Continues as an anonymous visitor. */
    public void signOut() {
        driver.manage().deleteAllCookies();
    }

    public void assertNone() {
        if (!failures.isEmpty()) {
            fail(String.join("\n\n", failures));
        }
    }
}
