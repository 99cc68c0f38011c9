package se.samrad.workshop;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);

    static final int PAGE = EventStore.PAGE;

    private final EventStore store;
    private final ActivityRepository activities;
    private final WorkshopEventBus bus;
    private final JsonMapper json;
    private final Clock clock;
    private final ConcurrentMap<Long, LiveWorkshop> live = new ConcurrentHashMap<>();

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

    /** Reads the workshop's state under its lock. */
    <T> T read(long workshopId, Function<WorkshopState, T> reader) {
        LiveWorkshop l = live(workshopId);
        l.lock.lock();
        try {
            return reader.apply(state(l));
        } finally {
            l.lock.unlock();
        }
    }

    private LiveWorkshop live(long workshopId) {
        return live.computeIfAbsent(workshopId, LiveWorkshop::new);
    }

    /**
     * Stores an event after {@code check} accepted it against the current state (it throws to refuse), applies
     * it and publishes it. A submission already stored under the same author and client id is not stored
     * again: the earlier event is returned.
     */
    Appended append(long workshopId, EventType type, Long activityId, String author, String name, String clientId,
                    Map<String, Object> data, Consumer<WorkshopState> check) {
        LiveWorkshop.Request request = new LiveWorkshop.Request(type, activityId, author, name == null ? "" : name, clientId, data, check);
        LiveWorkshop l = live(workshopId);
        CompletableFuture<Appended> result = new CompletableFuture<>();
        boolean lead = false;
        l.lock.lock();
        try {
            admit(l, request, result);
            if (!result.isDone() && !l.writing && !l.pending.isEmpty()) {
                l.writing = true;
                lead = true;
            }
        } finally {
            l.lock.unlock();
        }
        if (lead) {
            writePending(l);
        }
        return Futures.join(result);
    }

    /**
     * Under the lock: answers a retried submission with the event it got before (at once when stored, when its
     * write completes otherwise), or checks the request against the state (throwing to refuse), gives it the
     * next sequence number, applies it and queues it for the writer.
     */
    private void admit(LiveWorkshop l, LiveWorkshop.Request request, CompletableFuture<Appended> result) {
        WorkshopState state = state(l);
        if (request.activityId() != null && state.activity(request.activityId()) == null) {
            addActivities(state);
        }
        Long earlier = state.submissions.get(request.submission());
        if (earlier != null) {
            CompletableFuture<Appended> earlierWrite = l.pending.stream().filter(p -> p.event().seq() == earlier)
                    .findFirst().map(LiveWorkshop.Pending::stored).orElse(null);
            if (earlierWrite == null) {
                result.complete(new Appended(store.at(l.workshopId, earlier)
                        .orElseThrow(() -> new NotFoundException("event")), true));
            } else {
                earlierWrite.whenComplete((first, failure) -> {
                    if (failure != null) {
                        result.completeExceptionally(failure);
                    } else {
                        result.complete(new Appended(first.event(), true));
                    }
                });
            }
            return;
        }
        request.check().accept(state);
        WorkshopEvent event = new WorkshopEvent(l.workshopId, state.lastSeq + 1, request.type(), request.activityId(),
                request.author(), request.name(), request.clientId(), request.data(), clock.instant());
        state.apply(event);
        l.pending.add(new LiveWorkshop.Pending(request, event, store.row(event), result));
    }

    /**
     * Group commit: the first caller that finds no writer at work writes everything pending in one
     * transaction (one log flush for many inputs), then publishes it in sequence order and releases the
     * callers, and goes on while more arrived meanwhile. When another node stored the same sequence number (or
     * the same submission) first, the batch is written again under the workshop's lock in the database: the state
     * is rebuilt from what is stored, and the inputs are checked and numbered again, so it cannot lose a second
     * time however busy the other nodes are. When the database refuses otherwise, the state is dropped (the next
     * call rebuilds it from what is stored) and every pending input fails, to be retried by its client.
     */
    private void writePending(LiveWorkshop l) {
        while (true) {
            List<LiveWorkshop.Pending> batch;
            l.lock.lock();
            try {
                if (l.pending.isEmpty()) {
                    if (l.behind && l.state != null) {
                        catchUp(l.state);
                    }
                    l.behind = false;
                    l.writing = false;
                    return;
                }
                batch = new ArrayList<>(l.pending);
                l.pending.clear();
            } finally {
                l.lock.unlock();
            }
            List<LiveWorkshop.Pending> stored = batch;
            try {
                store.insert(rows(batch));
            } catch (RuntimeException e) {
                if (!EventStore.isConflict(e)) {
                    fail(l, batch, e);
                    return;
                }
                List<LiveWorkshop.Pending> involved = new ArrayList<>(batch);
                try {
                    stored = store.locked(l.workshopId, () -> {
                        List<LiveWorkshop.Pending> again = renumber(l, batch, involved);
                        store.insert(rows(again));
                        return again;
                    });
                } catch (RuntimeException again) {
                    fail(l, involved, again);
                    return;
                }
            }
            for (LiveWorkshop.Pending p : stored) {
                publish(p.event());
                p.stored().complete(new Appended(p.event(), false));
            }
        }
    }

    private static List<EventRow> rows(List<LiveWorkshop.Pending> batch) {
        return batch.stream().map(LiveWorkshop.Pending::row).toList();
    }

    /**
     * Hands a stored event to the bus. Publishing may read the database (a relay filling a gap): if that fails, the
     * event is still acknowledged, since it is stored, and followers get it from the database on the next sweep; the
     * writer must never stop half-way, or the inputs after it would wait forever.
     */
    private void publish(WorkshopEvent event) {
        try {
            bus.publish(event);
        } catch (RuntimeException e) {
            LOG.warn("Workshop event {}:{} is stored but could not be published now; the sweep delivers it",
                    event.workshopId(), event.seq(), e);
        }
    }

    /**
     * After a conflict, under the workshop's lock in the database: rebuilds the state from what is stored and admits
     * the batch and what queued behind it again; returns what is to be written now. {@code involved} collects every
     * input taken, so that a failure can answer them all.
     */
    private List<LiveWorkshop.Pending> renumber(LiveWorkshop l, List<LiveWorkshop.Pending> batch,
                                                List<LiveWorkshop.Pending> involved) {
        l.lock.lock();
        try {
            List<LiveWorkshop.Pending> again = new ArrayList<>(batch);
            again.addAll(l.pending);
            involved.addAll(l.pending);
            l.pending.clear();
            l.state = null;
            l.behind = false;
            for (LiveWorkshop.Pending p : again) {
                try {
                    admit(l, p.request(), p.stored());
                } catch (RuntimeException refused) {
                    p.stored().completeExceptionally(refused);
                }
            }
            List<LiveWorkshop.Pending> numbered = new ArrayList<>(l.pending);
            l.pending.clear();
            return numbered;
        } finally {
            l.lock.unlock();
        }
    }

    private void fail(LiveWorkshop l, List<LiveWorkshop.Pending> batch, RuntimeException e) {
        List<LiveWorkshop.Pending> failed = new ArrayList<>(batch);
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
    }

    /**
     * Another node stored the workshop's events up to {@code seq}: the state (if this node holds it) catches up
     * from the database now, or, while inputs of its own are being written, once they are.
     */
    void storedElsewhere(long workshopId, long seq) {
        LiveWorkshop l = live.get(workshopId);
        if (l == null) {
            return;
        }
        l.lock.lock();
        try {
            if (l.state == null || seq <= l.state.lastSeq && l.pending.isEmpty()) {
                return;
            }
            if (l.writing || !l.pending.isEmpty()) {
                l.behind = true;
            } else {
                catchUp(l.state);
            }
        } finally {
            l.lock.unlock();
        }
    }

    /** Applies what the database holds after the state's last event (none of this node's inputs pending). */
    private void catchUp(WorkshopState state) {
        List<WorkshopEvent> page;
        do {
            page = store.after(state.workshopId, state.lastSeq, PAGE);
            for (WorkshopEvent event : page) {
                if (event.activityId() != null && state.activity(event.activityId()) == null) {
                    addActivities(state);
                }
                state.apply(event);
            }
        } while (page.size() == PAGE);
    }

    private void addActivities(WorkshopState state) {
        for (Activity activity : activities.findByWorkshopIdOrderByPosition(state.workshopId)) {
            state.addActivity(activity, config(activity));
        }
    }

    /** Events after {@code afterSeq}, oldest first, at most {@code limit}. */
    public List<WorkshopEvent> after(long workshopId, long afterSeq, int limit) {
        return store.after(workshopId, afterSeq, limit);
    }

    /** Adds a new activity to the workshop's state, if the state is in memory. */
    void activityAdded(long workshopId, Activity activity) {
        LiveWorkshop l = live.get(workshopId);
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

    private WorkshopState state(LiveWorkshop l) {
        if (l.state == null) {
            WorkshopState state = new WorkshopState(l.workshopId);
            addActivities(state);
            catchUp(state);
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
