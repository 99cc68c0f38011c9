package se.samrad.workshop;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.samrad.platform.Futures;
import se.samrad.platform.NotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The ordered event log of every workshop, and the state it adds up to. An input is checked and given the
 * next sequence number under the workshop's lock, then stored in MariaDB (inputs arriving together share one
 * transaction) before it is acknowledged or published: a restart loses nothing that was acknowledged, and
 * the state is rebuilt from the log on first use. A retried submission (same author and
 * client id) is stored once and answered with the event it got the first time. Rows are {@link EventStore}'s.
 */
@Singleton
public class EventLog {

    static final int PAGE = EventStore.PAGE;

    private final EventStore store;
    private final ActivityRepository activities;
    private final WorkshopEventBus bus;
    private final JsonMapper json;
    private final Clock clock;
    private final ConcurrentMap<Long, Live> live = new ConcurrentHashMap<>();

    EventLog(EventStore store, ActivityRepository activities, WorkshopEventBus bus, JsonMapper json, Clock clock) {
        this.store = store;
        this.activities = activities;
        this.bus = bus;
        this.json = json;
        this.clock = clock;
    }

    /** An event stored (or found stored, when {@code duplicate}). */
    public record Appended(WorkshopEvent event, boolean duplicate) {
    }

    private static final class Live {
        final ReentrantLock lock = new ReentrantLock();
        WorkshopState state;
        /** Applied to the state, not yet in the database: written together by one writer at a time. */
        final List<Pending> pending = new ArrayList<>();
        boolean writing;
    }

    private record Pending(WorkshopEvent event, EventRow row, CompletableFuture<WorkshopEvent> stored) {
    }

    /** Reads the workshop's state under its lock. */
    <T> T read(long workshopId, Function<WorkshopState, T> reader) {
        Live l = live.computeIfAbsent(workshopId, id -> new Live());
        l.lock.lock();
        try {
            return reader.apply(state(l, workshopId));
        } finally {
            l.lock.unlock();
        }
    }

    /**
     * Stores an event after {@code check} accepted it against the current state (it throws to refuse), applies
     * it and publishes it. A submission already stored under the same author and client id is not stored
     * again: the earlier event is returned.
     */
    Appended append(long workshopId, EventType type, Long activityId, String author, String name, String clientId,
                    Map<String, Object> data, Consumer<WorkshopState> check) {
        Live l = live.computeIfAbsent(workshopId, id -> new Live());
        Pending mine = null;
        CompletableFuture<WorkshopEvent> earlierWrite = null;
        boolean lead = false;
        l.lock.lock();
        try {
            WorkshopState state = state(l, workshopId);
            Long earlier = state.submissions.get(author + ' ' + clientId);
            if (earlier != null) {
                earlierWrite = l.pending.stream().filter(p -> p.event().seq() == earlier).findFirst()
                        .map(Pending::stored).orElse(null);
                if (earlierWrite == null) {
                    return new Appended(store.at(workshopId, earlier)
                            .orElseThrow(() -> new NotFoundException("event")), true);
                }
            } else {
                check.accept(state);
                WorkshopEvent event = new WorkshopEvent(workshopId, state.lastSeq + 1, type, activityId, author,
                        name == null ? "" : name, clientId, data, clock.instant());
                EventRow row = store.row(event);
                state.apply(event);
                mine = new Pending(event, row, new CompletableFuture<>());
                l.pending.add(mine);
                if (!l.writing) {
                    l.writing = true;
                    lead = true;
                }
            }
        } finally {
            l.lock.unlock();
        }
        if (earlierWrite != null) {
            return new Appended(Futures.join(earlierWrite), true);
        }
        if (lead) {
            writePending(l);
        }
        return new Appended(Futures.join(mine.stored()), false);
    }

    /**
     * Group commit: the first caller that finds no writer at work writes everything pending in one
     * transaction (one log flush for many inputs), then publishes it in sequence order and releases the
     * callers, and goes on while more arrived meanwhile. When the database refuses, the state is dropped (the
     * next call rebuilds it from what is stored) and every pending input fails, to be retried by its client.
     */
    private void writePending(Live l) {
        while (true) {
            List<Pending> batch;
            l.lock.lock();
            try {
                if (l.pending.isEmpty()) {
                    l.writing = false;
                    return;
                }
                batch = new ArrayList<>(l.pending);
                l.pending.clear();
            } finally {
                l.lock.unlock();
            }
            try {
                store.insert(batch.stream().map(Pending::row).toList());
            } catch (RuntimeException e) {
                List<Pending> failed = new ArrayList<>(batch);
                l.lock.lock();
                try {
                    l.state = null;
                    failed.addAll(l.pending);
                    l.pending.clear();
                    l.writing = false;
                } finally {
                    l.lock.unlock();
                }
                failed.forEach(p -> p.stored().completeExceptionally(e));
                return;
            }
            for (Pending p : batch) {
                bus.publish(p.event());
                p.stored().complete(p.event());
            }
        }
    }

    /** Events after {@code afterSeq}, oldest first, at most {@code limit}. */
    public List<WorkshopEvent> after(long workshopId, long afterSeq, int limit) {
        return store.after(workshopId, afterSeq, limit);
    }

    /** Adds a new activity to the workshop's state, if the state is in memory. */
    void activityAdded(long workshopId, Activity activity) {
        Live l = live.get(workshopId);
        if (l == null) {
            return;
        }
        l.lock.lock();
        try {
            if (l.state != null) {
                l.state.addActivity(activity, config(activity));
            }
        } finally {
            l.lock.unlock();
        }
    }

    private WorkshopState state(Live l, long workshopId) {
        if (l.state == null) {
            WorkshopState state = new WorkshopState(workshopId);
            for (Activity activity : activities.findByWorkshopIdOrderByPosition(workshopId)) {
                state.addActivity(activity, config(activity));
            }
            long seq = 0;
            List<WorkshopEvent> page;
            do {
                page = store.after(workshopId, seq, PAGE);
                for (WorkshopEvent event : page) {
                    state.apply(event);
                    seq = event.seq();
                }
            } while (page.size() == PAGE);
            l.state = state;
        }
        return l.state;
    }

    ActivityConfig config(Activity activity) {
        try {
            return json.readValue(activity.config(), ActivityConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<WorkshopEvent> all(long workshopId) {
        return store.all(workshopId);
    }

    /** The workshop as {@code viewer} ({@code p<id>} or {@code a<id>}) sees it now. */
    public Snapshot snapshot(long workshopId, String viewer, boolean facilitator) {
        return read(workshopId, state -> Snapshot.of(state, viewer, facilitator));
    }
}
