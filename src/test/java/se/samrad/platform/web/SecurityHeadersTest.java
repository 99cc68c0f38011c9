package se.samrad.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hardening headers are on every answer, also those of filters that refuse the request. */
@MicronautTest(transactional = false)
class SecurityHeadersTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;

    @Test
    void refusalsCarryTheHeadersToo() {
        WebClient anonymous = new WebClient(server.getURI());
        WebClient.Response redirect = anonymous.get("/admin/staff");
        assertEquals(303, redirect.status());
        assertEquals("/login?next=%2Fadmin%2Fstaff", redirect.location());
        assertHardened(redirect);

        WebClient.Response unauthorised = anonymous.getJson("/api/v1/me");
        assertEquals(401, unauthorised.status());
        assertTrue(unauthorised.body().contains("error.unauthorized"), unauthorised.body());
        assertHardened(unauthorised);

        WebClient.Response csrf = anonymous.postRaw("/login", Map.of("email", "a@b.example", "password", "x"));
        assertEquals(403, csrf.status());
        assertTrue(csrf.body().contains("<h1>Formuläret har gått ut</h1>"), csrf.body());
        assertHardened(csrf);

        WebClient facilitator = new WebClient(server.getURI());
        facilitator.signIn(fixtures.account(fixtures.organisation("headers"), Role.FACILITATOR).email(),
                Fixtures.PASSWORD);
        WebClient.Response forbidden = facilitator.get("/admin/staff");
        assertEquals(403, forbidden.status());
        assertTrue(forbidden.body().contains("<title>"), forbidden.body());
        assertHardened(forbidden);

        WebClient.Response missing = anonymous.get("/no-such-page");
        assertEquals(404, missing.status());
        assertHardened(missing);
    }

    @Test
    void strictTransportSecurityOnlyWhenConfigured() {
        WebClient.Response page = new WebClient(server.getURI()).get("/login");
        assertEquals(200, page.status());
        assertNull(page.header("Strict-Transport-Security"), "off by default: the server may be reached over HTTP");

        MutableHttpResponse<?> response = HttpResponse.ok();
        new SecurityHeadersFilter(true, Duration.ofDays(365)).harden(response);
        assertEquals("max-age=31536000; includeSubDomains", response.getHeaders().get("Strict-Transport-Security"));
    }

    private static void assertHardened(WebClient.Response response) {
        assertEquals(SecurityHeadersFilter.POLICY, response.header("Content-Security-Policy"), response.status()
                + " " + response.raw().uri());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("DENY", response.header("X-Frame-Options"));
        assertEquals("same-origin", response.header("Referrer-Policy"));
    }
}
