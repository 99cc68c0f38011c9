package se.samrad.workshop;

/**
 * Carries stored events to whoever follows a workshop on this node (WebSocket connections, long polls).
 * In-process today ({@link InProcessEventBus}); a broker-backed implementation (Redis pub/sub, NATS) can fan
 * events out to every node, each re-delivering to its own connections, without touching the callers.
 */
public interface WorkshopEventBus {

    /** Delivers an event that is already stored, in the order of its sequence number. */
    void publish(WorkshopEvent event);

    /** Whether other nodes store events of the same workshops (several nodes share the database). */
    default boolean shared() {
        return false;
    }

    /** Follows one workshop; the cost of a publish is proportional to that workshop's followers only. */
    Subscription subscribe(long workshopId, Listener listener);

    interface Listener {
        void onEvent(WorkshopEvent event);
    }

    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
