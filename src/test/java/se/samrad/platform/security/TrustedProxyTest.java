package se.samrad.platform.security;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.support.IntegrationTest;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Behind a configured proxy, each forwarded client has a limit of its own, and the header of others is ignored. */
@MicronautTest(transactional = false)
class TrustedProxyTest extends IntegrationTest {

    @Inject EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        // As SAMRAD_PROXY_HEADER and SAMRAD_TRUSTED_PROXIES would set them: the test client is the proxy.
        return Map.of("samrad.proxy.header", "X-Forwarded-For", "samrad.proxy.trusted-addresses",
                "127.0.0.0/8,::1", "samrad.rate-limit.public-api-per-minute", "2");
    }

    @Test
    void eachForwardedClientHasItsOwnLimit() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (String client : List.of("198.51.100.1", "198.51.100.1", "198.51.100.2", "198.51.100.2",
                "198.51.100.1", "1.1.1.1, 198.51.100.2")) {
            statuses.add(get(client));
        }
        // Two each; the last one claims another address in front of what the proxy saw, in vain.
        assertEquals(List.of(200, 200, 200, 200, 429, 429), statuses);
    }

    private int get(String forwardedFor) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/frameworks"))
                    .header("X-Forwarded-For", forwardedFor).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        }
    }
}
