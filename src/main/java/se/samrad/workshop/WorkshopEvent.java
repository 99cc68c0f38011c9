package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a workshop's event log as clients receive it.
 *
 * @param seq        position in the workshop's log: 1, 2, 3... without gaps
 * @param type       what happened
 * @param activityId the activity it belongs to, if any
 * @param author     {@code p<id>} for a participant, {@code a<id>} for a facilitator
 * @param name       the author's display name ("" when anonymous)
 * @param clientId   the submitter's id for the submission, so a client recognises its own
 * @param data       the input (text, choices, score...)
 * @param at         when it was stored
 */
@Serdeable
public record WorkshopEvent(long workshopId, long seq, EventType type, @Nullable Long activityId, String author,
                            String name, String clientId, Map<String, Object> data, Instant at) {

    @Nullable
    String text(String key) {
        Object value = data.get(key);
        return value == null ? null : String.valueOf(value);
    }

    int integer(String key, int fallback) {
        Object value = data.get(key);
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    long number(String key) {
        Object value = data.get(key);
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return value == null ? 0 : Long.parseLong(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
