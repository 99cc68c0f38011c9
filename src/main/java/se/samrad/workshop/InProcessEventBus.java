package se.samrad.workshop;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The event bus of a single node: listeners per workshop, called on the publishing thread. */
@Singleton
class InProcessEventBus implements WorkshopEventBus {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessEventBus.class);
    private final ConcurrentMap<Long, List<Listener>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(WorkshopEvent event) {
        List<Listener> followers = listeners.get(event.workshopId());
        if (followers == null) {
            return;
        }
        for (Listener listener : followers) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("A workshop listener failed on event {}", event.seq(), e);
            }
        }
    }

    @Override
    public Subscription subscribe(long workshopId, Listener listener) {
        listeners.computeIfAbsent(workshopId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(workshopId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }
}
