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
    @Inject EventLog log;
    @Inject se.samrad.goals.GoalCatalogue catalogue;

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

    /** The page script sends its form as it is; the server reads it as it reads a form posted without script. */
    @Test
    void aFormSentAsItIsBecomesTheSameInputsAsAFormPost() throws Exception {
        CurrentUser facilitator = directory.toUser(fixtures.account(fixtures.organisation("Formby"), Role.FACILITATOR));
        Workshop w = workshops.create(facilitator, "Form", "", true);
        Activity dots = workshops.addActivity(facilitator, w.id(), ActivityKind.DOTS, "Prickar", "",
                new ActivityConfig(java.util.List.of("Buss", "Cykel"), false, 1, 5, 5, 3, null, 0, null, null, false));
        long a = catalogue.agenda2030().element("7.2").orElseThrow().id();
        long b = catalogue.agenda2030().element("11.2").orElseThrow().id();
        Activity sdg = workshops.addActivity(facilitator, w.id(), ActivityKind.SDG_MATRIX, "Samspel", "",
                new ActivityConfig(null, false, 1, 5, 0, 0, null, 0, null, java.util.List.of(a, b), false));
        workshops.control(facilitator, w.id(), EventType.STARTED, dots.id(), Map.of());
        workshops.control(facilitator, w.id(), EventType.STARTED, sdg.id(), Map.of());
        String cookie = LiveTransportTest.cookie(participants.join(w, "Anna"));

        HttpResponse<String> stored = submit(w, cookie, HttpRequest.BodyPublishers.ofString("{\"clientId\":\"f-1\","
                + "\"form\":{\"type\":[\"DOTS\"],\"activity\":[\"" + dots.id() + "\"],\"dots-0\":[\"2\"],\"dots-1\":[\"\"]}}"));
        assertEquals(200, stored.statusCode(), stored.body());
        assertTrue(stored.body().contains("\"ack\":\"f-1\""), stored.body());
        HttpResponse<String> cells = submit(w, cookie, HttpRequest.BodyPublishers.ofString("{\"clientId\":\"f-2\","
                + "\"form\":{\"type\":[\"SCORE\"],\"activity\":[\"" + sdg.id() + "\"],\"cell-0-1\":[\"2\"],"
                + "\"cell-1-0\":[\"-1\"],\"comment\":[\" Samverkar \"]}}"));
        assertEquals(200, cells.statusCode(), cells.body());
        assertTrue(cells.body().contains("\"ack\":\"f-2\""), cells.body());
        HttpResponse<String> refused = submit(w, cookie, HttpRequest.BodyPublishers.ofString("{\"clientId\":\"f-3\","
                + "\"form\":{\"type\":[\"DOTS\"],\"activity\":[\"" + dots.id() + "\"],\"dots-0\":[\"4\"]}}"));
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"error\":\"workshop.error.dots-cap\""), refused.body());

        var events = log.after(w.id(), 0, 100).stream().filter(e -> e.author().startsWith("p")
                && e.type() != EventType.JOINED).toList();
        assertEquals(java.util.List.of("f-1", "f-2-0-1", "f-2-1-0"), events.stream().map(WorkshopEvent::clientId).toList());
        assertEquals("{dots={0=2, 1=0}}", events.get(0).data().toString());
        assertEquals("{row=0, col=1, value=2, comment=Samverkar}", events.get(1).data().toString());
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
