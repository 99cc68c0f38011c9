package se.samrad.platform.security;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that writes a new address into X-Forwarded-For or Forwarded with each request stays one client to
 * the rate limits when no trusted proxy is configured (the default).
 */
@MicronautTest(transactional = false)
class SpoofedAddressTest extends IntegrationTest {

    @Inject EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("samrad.rate-limit.sign-in-per-minute", "3", "samrad.rate-limit.public-api-per-minute", "3");
    }

    @Test
    void signInLimitHoldsWhateverAddressTheClientClaims() throws Exception {
        WebClient browser = new WebClient(server.getURI()).acceptLanguage("en");
        String token = browser.csrfToken();
        String[][] spoofs = {{"X-Forwarded-For", "198.51.100.1"}, {"Forwarded", "for=198.51.100.2"},
            {"X-Forwarded-For", "198.51.100.3, 198.51.100.4"}, {"X-Real-IP", "198.51.100.5"}};
        int[] statuses = new int[spoofs.length];
        String last = "";
        String retryAfter = null;
        for (int i = 0; i < spoofs.length; i++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(server.getURI().resolve("/login"))
                    .header(spoofs[i][0], spoofs[i][1]).header("Accept-Language", "en")
                    .header("Cookie", "samrad_csrf=" + token)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=nobody%40test.example&password=guess+guess&_csrf="
                            + token)).build());
            statuses[i] = response.statusCode();
            last = response.body();
            retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        }
        assertEquals("[422, 422, 422, 429]", java.util.Arrays.toString(statuses));
        // 3 a minute, refilled one by one: the next attempt is possible within 20 s
        assertTrue(retryAfter != null && Integer.parseInt(retryAfter) >= 1 && Integer.parseInt(retryAfter) <= 20,
                "Retry-After: " + retryAfter);
        assertTrue(last.contains("You have made too many attempts"), last);
        assertTrue(last.contains("value=\"nobody@test.example\""), "what was typed is kept");
    }

    @Test
    void publicApiLimitHoldsWhateverAddressTheClientClaims() throws Exception {
        int last = 0;
        String body = "";
        String retryAfter = null;
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/frameworks"))
                    .header("X-Forwarded-For", "203.0.113." + i).header("Accept", "application/json").GET().build());
            last = response.statusCode();
            body = response.body();
            retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        }
        assertEquals(429, last);
        assertTrue(body.contains("\"error\":\"error.rate-limit\""), body);
        assertTrue(retryAfter != null && Integer.parseInt(retryAfter) >= 1 && Integer.parseInt(retryAfter) <= 20,
                "Retry-After: " + retryAfter);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
