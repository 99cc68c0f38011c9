package se.samrad.workshop;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs the live channel cannot take as they are: every one is answered (a refusal, retryable when the
 * server only had no room for it) and the socket goes on taking the next ones.
 */
@MicronautTest(transactional = false)
class LiveInputFaultsTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;
    @Inject EventLog log;

    CurrentUser facilitator;

    @Override
    protected Map<String, String> extraProperties() {
        // the per-participant limit would refuse a flood long before the socket's queue fills up
        return Map.of("samrad.workshop.submissions-per-minute", "100000");
    }

    @BeforeAll
    void people() {
        facilitator = directory.toUser(fixtures.account(fixtures.organisation("Felinmatning"), Role.FACILITATOR));
    }

    private record Chat(Workshop workshop, Activity chat, ParticipantService.Joined joined) {
        String cookie() {
            return LiveTransportTest.cookie(joined);
        }

        String input(String clientId, String text) {
            return "{\"clientId\":\"" + clientId + "\",\"type\":\"CHAT\",\"activity\":" + chat.id()
                    + ",\"data\":{\"text\":\"" + text + "\"}}";
        }
    }

    private Chat chat(String title) {
        Workshop w = workshops.create(facilitator, title, "", true);
        Activity chat = workshops.addActivity(facilitator, w.id(), ActivityKind.CHAT, "Chatt", "", ActivityConfig.empty());
        workshops.control(facilitator, w.id(), EventType.STARTED, chat.id(), Map.of());
        return new Chat(w, chat, participants.join(w, "Anna"));
    }

    /** The participant's stored inputs by client id (each should be there once). */
    private Map<String, Long> stored(Chat chat) {
        return log.after(chat.workshop().id(), 0, 100_000).stream()
                .filter(e -> e.type() == EventType.CHAT && e.author().equals(chat.joined().participant().author()))
                .collect(Collectors.groupingBy(WorkshopEvent::clientId, Collectors.counting()));
    }

    @Test
    void framesThatAreNoInputAreRefusedAndTheSocketGoesOn() throws Exception {
        Chat chat = chat("Skräp");
        LiveClient client = LiveClient.connect(server.getURI(), chat.workshop().code(), chat.cookie(), 0);
        LiveClient.await(() -> client.ready.isDone() ? Boolean.TRUE : null);
        List<String> junk = List.of("null", "[]", "3", "\"x\"", "{\"clientId\":", "");
        for (String frame : junk) {
            client.socket.sendText(frame, true).join();
        }
        client.socket.sendBinary(ByteBuffer.wrap(chat.input("binary-1", "Binärt").getBytes(StandardCharsets.UTF_8)),
                true).join();
        String split = chat.input("split-1", "I två delar");
        client.socket.sendText(split.substring(0, 20), false).join();
        client.socket.sendText(split.substring(20), true).join();
        client.socket.sendText(chat.input("fine-1", "Kommer fram"), true).join();

        assertTrue(client.answer("fine-1").containsKey("ack"), client.toString());
        assertTrue(client.answer("split-1").containsKey("ack"), "a message in fragments is one input: " + client);
        Map<String, Object> binary = client.answer("binary-1");
        assertEquals("workshop.error.invalid", binary.get("error"), "a binary frame is refused: " + binary);
        List<Map<String, Object>> unnamed = client.answers.stream()
                .filter(a -> a.containsKey("nack") && a.get("nack") == null).toList();
        assertEquals(junk.size(), unnamed.size(), "each frame that is no input gets a refusal: " + client);
        unnamed.forEach(a -> assertEquals("workshop.error.invalid", a.get("error")));
        assertEquals(Map.of("fine-1", 1L, "split-1", 1L), stored(chat));
        client.close();
    }

    @Test
    void textThatIsNotUtf8IsRefusedOnTheSocket() throws Exception {
        Chat chat = chat("Kodning");
        try (RawLiveSocket raw = new RawLiveSocket(server.getURI(), chat.workshop().code(), chat.cookie())) {
            raw.next("\"ready\"");
            raw.send(1, notUtf8(chat.input("bad-1", "a\u0001b")));
            String refusal = raw.next("bad-1");
            assertTrue(refusal.contains("\"nack\":\"bad-1\"") && refusal.contains("\"error\":\"error.bad-request\""),
                    refusal);
            raw.send(1, chat.input("good-1", "Å ä ö").getBytes(StandardCharsets.UTF_8));
            // The answer to it, not the chat event (which names its client id too and may come first under load).
            String answer = raw.next("ack\":\"good-1\"");
            assertTrue(answer.contains("\"ack\":\"good-1\""), answer);
        }
        assertEquals(Map.of("good-1", 1L), stored(chat));
    }

    @Test
    void textThatIsNotUtf8IsRefusedOverHttp() throws Exception {
        Chat chat = chat("Kodning över HTTP");
        HttpResponse<String> refused = post(chat, notUtf8(chat.input("bad-2", "a\u0001b")));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"nack\":\"bad-2\"") && refused.body().contains("error.bad-request"),
                refused.body());
        HttpResponse<String> stored = post(chat, chat.input("good-2", "Å ä ö").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, stored.statusCode(), stored.body());
        assertEquals(Map.of("good-2", 1L), stored(chat));
    }

    /** The input with its U+0001 marker replaced by a byte that UTF-8 never has (0xFF). */
    private static byte[] notUtf8(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : input.getBytes(StandardCharsets.UTF_8)) {
            out.write(b == 1 ? 0xFF : b);
        }
        return out.toByteArray();
    }

    private HttpResponse<String> post(Chat chat, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        server.getURI().resolve("/w/" + chat.workshop().code() + "/submit"))
                .header("Cookie", chat.cookie()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFloodIsAnsweredInFullAndWhatHadNoRoomIsStoredOnceWhenSentAgain() {
        Chat chat = chat("Flod");
        LiveClient client = LiveClient.connect(server.getURI(), chat.workshop().code(), chat.cookie(), 0);
        LiveClient.await(() -> client.ready.isDone() ? Boolean.TRUE : null);
        int n = 3000;
        for (int i = 0; i < n; i++) {
            client.socket.sendText(chat.input("flood-" + i, "Rad " + i), true).join();
        }
        Map<Object, List<Map<String, Object>>> answers = answersOnceAll(client, n);
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Map<String, Object>> mine = answers.get("flood-" + i);
            assertEquals(1, mine == null ? 0 : mine.size(), "one answer to flood-" + i + ": " + mine);
            Map<String, Object> answer = mine.get(0);
            if (answer.containsKey("nack")) {
                assertEquals("workshop.error.slow-down", answer.get("error"), answer.toString());
                assertEquals(Boolean.TRUE, answer.get("retry"), answer.toString());
                refused.add("flood-" + i);
            }
        }
        assertTrue(!refused.isEmpty(), "the flood overflowed the socket's queue");
        // sent again as the page does, a little later and at a pace the server keeps up with
        client.answers.clear();
        for (String clientId : refused) {
            int i = Integer.parseInt(clientId.substring("flood-".length()));
            client.socket.sendText(chat.input(clientId, "Rad " + i), true).join();
            if (refused.indexOf(clientId) % 200 == 199) {
                answersOnceAll(client, refused.indexOf(clientId) + 1);
            }
        }
        answersOnceAll(client, refused.size()).values().forEach(a -> assertTrue(a.get(0).containsKey("ack"), a.toString()));
        Map<String, Long> stored = stored(chat);
        assertEquals(n, stored.size());
        assertTrue(stored.values().stream().allMatch(c -> c == 1L), "each input stored once");
        assertTrue(!client.closed.isDone(), "the socket stays open: " + client);
        client.close();
    }

    /** The client's answers by client id, once there are {@code n} of them (a flood takes a while to store). */
    private static Map<Object, List<Map<String, Object>>> answersOnceAll(LiveClient client, int n) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (client.answers.size() < n && System.nanoTime() < deadline && !client.closed.isDone()) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertEquals(n, client.answers.size(), "answers, socket closed: " + client.closed.isDone());
        Function<Map<String, Object>, Object> id = a -> a.containsKey("ack") ? a.get("ack") : a.get("nack");
        return client.answers.stream().collect(Collectors.groupingBy(id, HashMap::new, Collectors.toList()));
    }
}
