package se.samrad.workshop;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.security.TooManyRequestsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A participant's input as JSON ({@code clientId}, {@code type}, {@code activity}, {@code data}), from the
 * WebSocket or the HTTP fallback, stored and answered with an acknowledgement carrying its sequence number or
 * with the reason it was refused.
 */
@Singleton
class LiveInput {

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
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("nack", clientId);
        answer.put("error", "workshop.error.failed");
        return write(answer);
    }

    private String write(Map<String, Object> answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
