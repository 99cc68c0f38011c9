package se.samrad.workshop;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP fallback for inputs refuses what is not an input with a clear 4xx in JSON, never a 500. */
@MicronautTest(transactional = false)
class SubmitEndpointTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;

    private HttpResponse<String> submit(Workshop w, String cookie, HttpRequest.BodyPublisher body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + "/w/" + w.code()
                        + "/submit")).header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Cookie", cookie).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBodyNullIsRefusedAsAnInvalidInputAndTheNextInputIsStored() throws Exception {
        CurrentUser facilitator = directory.toUser(fixtures.account(fixtures.organisation("Nullby"), Role.FACILITATOR));
        Workshop w = workshops.create(facilitator, "Null", "", true);
        Activity ideas = workshops.addActivity(facilitator, w.id(), ActivityKind.IDEAS, "Idéer", "", ActivityConfig.empty());
        workshops.control(facilitator, w.id(), EventType.STARTED, ideas.id(), Map.of());
        String cookie = LiveTransportTest.cookie(participants.join(w, "Anna"));
        for (String body : new String[]{"null", "42", "[1,2]", "\"text\""}) {
            HttpResponse<String> refused = submit(w, cookie, HttpRequest.BodyPublishers.ofString(body));
            assertEquals(422, refused.statusCode(), body + ": " + refused.body());
            assertTrue(refused.body().contains("\"error\":\"workshop.error.invalid\""), refused.body());
        }
        HttpResponse<String> stored = submit(w, cookie, HttpRequest.BodyPublishers.ofString("{\"clientId\":\"c-1\","
                + "\"type\":\"IDEA\",\"activity\":" + ideas.id() + ",\"data\":{\"text\":\"Fler cykelbanor\"}}"));
        assertEquals(200, stored.statusCode(), stored.body());
        assertTrue(stored.body().contains("\"ack\":\"c-1\""), stored.body());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413InJson() throws Exception {
        CurrentUser facilitator = directory.toUser(fixtures.account(fixtures.organisation("Storby"), Role.FACILITATOR));
        Workshop w = workshops.create(facilitator, "Stor", "", true);
        String cookie = LiveTransportTest.cookie(participants.join(w, "Bo"));
        String huge = "{\"clientId\":\"c-2\",\"type\":\"IDEA\",\"data\":{\"text\":\"" + "a".repeat(11 * 1024 * 1024) + "\"}}";
        HttpResponse<String> refused = submit(w, cookie, HttpRequest.BodyPublishers.ofString(huge));
        assertEquals(413, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(refused.body().contains("\"error\":\"error.too-large\""), refused.body());
    }
}
