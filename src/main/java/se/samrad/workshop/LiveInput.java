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

    /**
     * The acknowledgement (or refusal) as JSON. The page script sends its form as it is ({@code form}: field
     * name to values), read by the same parser as a form post without JavaScript; an input may also come
     * ready-made ({@code type}, {@code activity}, {@code data}), as older pages and API clients send it.
     */
    String handle(Viewers.Viewer viewer, Map<String, Object> message) {
        Object clientId = message.get("clientId");
        Map<String, Object> answer = new LinkedHashMap<>();
        try {
            boolean isForm = message.get("form") instanceof Map<?, ?>;
            EventLog.Appended appended = isForm ? submitForm(viewer, clientId, (Map<?, ?>) message.get("form"))
                    : submitData(viewer, clientId, message);
            // a form's inputs may carry derived client ids (a matrix's cells): the answer names the one sent
            answer.put("ack", isForm ? String.valueOf(clientId).strip() : appended.event().clientId());
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

    private EventLog.Appended submitData(Viewers.Viewer viewer, Object clientId, Map<String, Object> message) {
        EventType type = EventType.valueOf(String.valueOf(message.get("type")));
        Object activity = message.get("activity");
        Long activityId = activity instanceof Number n ? n.longValue() : null;
        @SuppressWarnings("unchecked")
        Map<String, Object> data = message.get("data") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return participants.submit(viewer.participant(), clientId == null ? null : String.valueOf(clientId), type,
                activityId, data);
    }

    /** A form may stand for several inputs (a matrix's cells): all stored, acknowledged as one. */
    private EventLog.Appended submitForm(Viewers.Viewer viewer, Object clientId, Map<?, ?> form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        form.forEach((name, value) -> fields.put(String.valueOf(name), value));
        fields.put("clientId", clientId == null ? null : String.valueOf(clientId));
        EventLog.Appended last = null;
        boolean duplicate = true;
        for (FormInput.Input input : FormInput.parse(fields)) {
            last = participants.submit(viewer.participant(), input.clientId(), input.type(), input.activityId(),
                    input.data());
            duplicate &= last.duplicate();
        }
        return new EventLog.Appended(last.event(), duplicate);
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
