package se.samrad.workshop;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.security.TooManyRequestsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A participant's input as JSON ({@code clientId}, {@code type}, {@code activity}, {@code data}), from the
 * WebSocket or the HTTP fallback, stored and answered with an acknowledgement carrying its sequence number or
 * with the reason it was refused.
 */
@Singleton
class LiveInput {

    static final String SLOW_DOWN = "workshop.error.slow-down";

    private final ParticipantService participants;
    private final JsonMapper json;

    LiveInput(ParticipantService participants, JsonMapper json) {
        this.participants = participants;
        this.json = json;
    }

    boolean isRemoved(Viewers.Viewer viewer) {
        return participants.isRemoved(viewer.participant());
    }

    /** The acknowledgement (or refusal) as JSON. */
    String handle(Viewers.Viewer viewer, Map<String, Object> message) {
        Object clientId = message.get("clientId");
        Map<String, Object> answer = new LinkedHashMap<>();
        try {
            EventType type = EventType.valueOf(String.valueOf(message.get("type")));
            Object activity = message.get("activity");
            Long activityId = activity instanceof Number n ? n.longValue() : null;
            @SuppressWarnings("unchecked")
            Map<String, Object> data = message.get("data") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            EventLog.Appended appended = participants.submit(viewer.participant(),
                    clientId == null ? null : String.valueOf(clientId), type, activityId, data);
            answer.put("ack", appended.event().clientId());
            answer.put("seq", appended.event().seq());
            answer.put("duplicate", appended.duplicate());
        } catch (InvalidRequestException e) {
            answer.put("nack", clientId);
            answer.put("error", e.messageKey());
        } catch (NotFoundException | IllegalArgumentException e) {
            answer.put("nack", clientId);
            answer.put("error", "workshop.error.invalid");
        } catch (TooManyRequestsException e) {
            answer.put("nack", clientId);
            answer.put("error", "workshop.error.too-fast");
        }
        return write(answer);
    }

    /** The refusal of an input that failed for a reason of the server's own: the client may send it again. */
    String failed(Object clientId) {
        return refused(clientId, "workshop.error.failed");
    }

    /** The refusal of an input that could not be read (not a JSON object, not UTF-8, a binary frame). */
    String refused(Object clientId, String messageKey) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("nack", clientId);
        answer.put("error", messageKey);
        return write(answer);
    }

    /**
     * The refusal of an input the server had no room for (its connection's queue of inputs was full): nothing
     * was stored, and {@code retry} tells the client to send it again, with the same client id, a little later.
     */
    String slowDown(Object clientId) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("nack", clientId);
        answer.put("error", SLOW_DOWN);
        answer.put("retry", true);
        return write(answer);
    }

    /** An input as sent: a JSON object, else empty (not JSON, or JSON that is no object: null, [], 3, "x"). */
    Optional<Map<String, Object>> parse(String text) {
        try {
            JsonNode node = json.readValue(text, JsonNode.class);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            return Optional.of(json.readValueFromTree(node, Argument.mapOf(String.class, Object.class)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The client id of an input, to name it in a refusal; null when there is none to be read. */
    Object clientId(String text) {
        return parse(text).map(m -> m.get("clientId")).orElse(null);
    }

    private String write(Map<String, Object> answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
