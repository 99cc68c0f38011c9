package se.samrad.platform.account;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failed sign-ins are limited per address whatever the account, so spraying one password over many is slowed. */
@MicronautTest(transactional = false)
class SignInFailureLimitTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("samrad.rate-limit.sign-in-failures-per-hour", "3");
    }

    @Test
    void oneWrongPasswordOnEachOfManyAccountsIsStoppedPerAddress() {
        WebClient browser = new WebClient(server.getURI()).acceptLanguage("en");
        for (int i = 0; i < 3; i++) {
            Account sprayed = fixtures.account(fixtures.organisation("spray"), Role.ANALYST);
            WebClient.Response failed = browser.post("/login", "email", sprayed.email(), "password", "Summer2026!!");
            assertEquals(422, failed.status(), "attempt " + i);
        }
        Account next = fixtures.account(fixtures.organisation("spray"), Role.ANALYST);
        WebClient.Response stopped = browser.post("/login", "email", next.email(), "password", Fixtures.PASSWORD);
        assertEquals(429, stopped.status());
        // 3 failures an hour, refilled one by one: the next attempt is possible in at most 20 minutes
        long retryAfter = Long.parseLong(stopped.header("Retry-After"));
        assertTrue(retryAfter > 60 && retryAfter <= 1200, "Retry-After: " + retryAfter);
        assertTrue(stopped.body().contains("Too many failed sign-ins from your network"), stopped.body());
        assertTrue(stopped.body().contains("value=\"" + next.email() + "\""), "the e-mail is kept");
        assertNull(browser.cookie("samrad_session"), "not signed in, even with the right password");

        WebClient.Response swedish = new WebClient(server.getURI()).post("/login", "email", next.email(),
                "password", Fixtures.PASSWORD);
        assertEquals(429, swedish.status());
        assertTrue(swedish.body().contains("För många misslyckade inloggningar från ditt nätverk"), swedish.body());
    }
}
