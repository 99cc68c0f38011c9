package se.samrad.platform.participation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * What dialogues and workshops call when a personal invitation link is used: hands the event to every
 * {@link ParticipationListener}, catching their failures (the participation itself always goes on).
 */
@Singleton
public class ParticipationEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ParticipationEvents.class);
    /** The longest token an invitation link carries. */
    public static final int MAX_TOKEN = 64;

    private final List<ParticipationListener> listeners;

    ParticipationEvents(List<ParticipationListener> listeners) {
        this.listeners = listeners;
    }

    /** A token as it may come from a link, or null when it cannot be one. */
    public static @Nullable String token(@Nullable String value) {
        return value != null && value.length() >= 20 && value.length() <= MAX_TOKEN
                && value.matches("[A-Za-z0-9_-]+") ? value : null;
    }

    public void started(@Nullable String token, String subject) {
        String checked = token(token);
        if (checked == null) {
            return;
        }
        for (ParticipationListener listener : listeners) {
            try {
                listener.started(checked, subject);
            } catch (RuntimeException e) {
                LOG.warn("A participation listener failed on start: {}", e.toString());
            }
        }
    }

    public void completed(String subject) {
        for (ParticipationListener listener : listeners) {
            try {
                listener.completed(subject);
            } catch (RuntimeException e) {
                LOG.warn("A participation listener failed on completion: {}", e.toString());
            }
        }
    }
}
