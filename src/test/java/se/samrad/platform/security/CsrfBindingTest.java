package se.samrad.platform.security;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A CSRF token only works with the session it was issued for. */
@MicronautTest(transactional = false)
class CsrfBindingTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject CsrfTokens tokens;

    @Test
    void aPlantedCookieWithAMatchingFieldFailsOnARealSession() throws Exception {
        Account victim = fixtures.account(fixtures.organisation("csrf-victim"), Role.ANALYST);
        WebClient browser = new WebClient(server.getURI());
        browser.signIn(victim.email(), Fixtures.PASSWORD);
        String session = browser.cookie(SessionService.COOKIE);

        // The attacker's own token, as the server handed it to the attacker's browser (anonymous) ...
        String anonymous = new WebClient(server.getURI()).csrfToken();
        assertRefused(post(session, anonymous, anonymous));
        // ... or to the attacker signed in with an account of their own.
        WebClient attacker = new WebClient(server.getURI());
        attacker.signIn(fixtures.account(fixtures.organisation("csrf-attacker"), Role.ANALYST).email(),
                Fixtures.PASSWORD);
        assertRefused(post(session, attacker.csrfToken(), attacker.csrfToken()));
        // ... or any token-shaped string.
        String made = SecureTokens.newToken() + "." + SecureTokens.newToken();
        assertRefused(post(session, made, made));

        assertEquals(200, browser.getJson("/api/v1/me").status(), "the victim is still signed in");
        assertEquals(303, browser.post("/logout").status(), "the victim's own form works");
    }

    @Test
    void theTokenChangesWithTheSessionAndAnonymousFormsStillWork() {
        Account account = fixtures.account(fixtures.organisation("csrf-anon"), Role.ANALYST);
        WebClient browser = new WebClient(server.getURI());
        String before = browser.csrfToken();
        assertTrue(tokens.isBoundTo(before, null));
        browser.signIn(account.email(), Fixtures.PASSWORD); // an anonymous form
        String during = browser.csrfToken();
        assertNotEquals(before, during);
        assertTrue(tokens.isBoundTo(during, browser.cookie(SessionService.COOKIE)));
        assertFalse(tokens.isBoundTo(during, null));
        assertFalse(tokens.isBoundTo(before, browser.cookie(SessionService.COOKIE)));
        assertEquals(303, browser.post("/logout").status());
        assertTrue(tokens.isBoundTo(browser.csrfToken(), null), "signed out: an anonymous token again");
    }

    private HttpResponse<String> post(String session, String cookie, String field) throws IOException,
            InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(HttpRequest.newBuilder(server.getURI().resolve("/logout"))
                    .header("Cookie", SessionService.COOKIE + "=" + session + "; " + CsrfFilter.COOKIE + "=" + cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(CsrfFilter.FIELD + "=" + field)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().contains("<h1>Formuläret har gått ut</h1>"), response.body());
    }
}
