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
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The ordered event log of every workshop, and the state it adds up to. An input is checked and given the
 * next sequence number under the workshop's lock, then stored in MariaDB (inputs arriving together share one
 * transaction, {@link GroupCommit}) before it is acknowledged or published: a restart loses nothing that was
 * acknowledged, and the state is rebuilt from the log on first use. A retried submission (same author and
 * client id) is stored once and answered with the event it got the first time. Rows are {@link EventStore}'s.
 * One node checks and numbers an input as it arrives; with several nodes ({@link WorkshopEventBus#shared()}) the
 * writer does it under the workshop's lock in the database, after catching up with what the other nodes stored.
 */
@Singleton
public class EventLog {

    static final int PAGE = EventStore.PAGE;

    private final EventStore store;
    private final ActivityRepository activities;
    private final JsonMapper json;
    private final Clock clock;
    private final GroupCommit writer;
    /** Other nodes write these logs too: inputs are checked and numbered by the writer, under the database's lock. */
    private final boolean shared;
    private final ConcurrentMap<Long, LiveWorkshop> live = new ConcurrentHashMap<>();

    EventLog(EventStore store, ActivityRepository activities, WorkshopEventBus bus, JsonMapper json, Clock clock) {
        this.store = store;
        this.activities = activities;
        this.json = json;
        this.clock = clock;
        this.shared = bus.shared();
        this.writer = new GroupCommit(this, store, bus);
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
            if (shared) {
                l.queued.add(new LiveWorkshop.Queued(request, result));
            } else {
                admit(l, request, result);
            }
            if (!result.isDone() && !l.writing && !(l.pending.isEmpty() && l.queued.isEmpty())) {
                l.writing = true;
                lead = true;
            }
        } finally {
            l.lock.unlock();
        }
        if (lead) {
            writer.write(l);
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
     * Under the workshop's lock in the database (the writer holds it): checks and numbers again what was taken
     * optimistically ({@code batch}, with the state rebuilt from what is stored, after another node took its
     * numbers) and what was queued unchecked ({@code queued}, against the state caught up with what the other nodes
     * stored); returns what is to be written now. {@code involved} collects every input taken, so that a failure
     * can answer them all.
     */
    List<LiveWorkshop.Pending> admitAgain(LiveWorkshop l, List<LiveWorkshop.Pending> batch,
                                          List<LiveWorkshop.Queued> queued,
                                          List<CompletableFuture<Appended>> involved) {
        l.lock.lock();
        try {
            List<LiveWorkshop.Pending> again = new ArrayList<>(batch);
            again.addAll(l.pending);
            l.pending.forEach(p -> involved.add(p.stored()));
            l.pending.clear();
            if (!again.isEmpty()) {
                l.state = null;
            } else if (l.state != null) {
                catchUp(l.state);
            }
            l.behind = false;
            for (LiveWorkshop.Pending p : again) {
                admitOrRefuse(l, p.request(), p.stored());
            }
            for (LiveWorkshop.Queued q : queued) {
                admitOrRefuse(l, q.request(), q.stored());
            }
            List<LiveWorkshop.Pending> numbered = new ArrayList<>(l.pending);
            l.pending.clear();
            return numbered;
        } finally {
            l.lock.unlock();
        }
    }

    private void admitOrRefuse(LiveWorkshop l, LiveWorkshop.Request request, CompletableFuture<Appended> result) {
        try {
            admit(l, request, result);
        } catch (RuntimeException refused) {
            result.completeExceptionally(refused);
        }
    }

    /** The writer found nothing more to write: catches up with other nodes if they stored meanwhile, and stops. */
    boolean finished(LiveWorkshop l) {
        if (!l.pending.isEmpty() || !l.queued.isEmpty()) {
            return false;
        }
        if (l.behind && l.state != null) {
            catchUp(l.state);
        }
        l.behind = false;
        l.writing = false;
        return true;
    }

    /**
     * The database refused otherwise: the state is dropped (the next call rebuilds it from what is stored) and every
     * input taken or waiting fails, to be retried by its client.
     */
    void fail(LiveWorkshop l, List<CompletableFuture<Appended>> involved, RuntimeException e) {
        List<CompletableFuture<Appended>> failed = new ArrayList<>(involved);
        l.lock.lock();
        try {
            l.state = null;
            l.pending.forEach(p -> failed.add(p.stored()));
            l.queued.forEach(q -> failed.add(q.stored()));
            l.pending.clear();
            l.queued.clear();
            l.writing = false;
        } finally {
            l.lock.unlock();
        }
        failed.forEach(f -> f.completeExceptionally(e));
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
            if (l.writing || !l.pending.isEmpty() || !l.queued.isEmpty()) {
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
