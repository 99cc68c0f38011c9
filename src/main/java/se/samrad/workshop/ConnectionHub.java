package se.samrad.workshop;

import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import se.samrad.platform.web.Drain;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The live followers of each workshop on this node: WebSocket connections and waiting long polls. A published
 * event is serialised once and offered to the followers of its own workshop only, so a broadcast costs in
 * proportion to that session, not to every connection on the server. Each workshop's followers and the
 * batching of its events are a {@link WorkshopRoom}.
 */
@Singleton
public class ConnectionHub {

    /** WebSocket's 'going away' (RFC 6455): a server shutting down. */
    static final int CLOSE_GOING_AWAY = 1001;

    private final WorkshopEventBus bus;
    private final EventLog log;
    private final JsonMapper json;
    private final ExecutorService executor;
    private final int capacity;
    private final int maxBatch;
    private final long linger;
    private final ScheduledExecutorService fanOut = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("workshop-fan-out").daemon().factory());
    private final ConcurrentMap<Long, WorkshopRoom> rooms = new ConcurrentHashMap<>();

    ConnectionHub(WorkshopEventBus bus, EventLog log, JsonMapper json,
                  @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                  @Value("${samrad.workshop.outbound-queue:2000}") int capacity,
                  @Value("${samrad.workshop.frame-events:200}") int maxBatch,
                  @Value("${samrad.workshop.frame-linger-ms:20}") long linger, Drain drain) {
        drain.onDrain(this::closeAll);
        this.linger = linger;
        this.bus = bus;
        this.log = log;
        this.json = json;
        this.executor = executor;
        this.capacity = capacity;
        this.maxBatch = maxBatch;
    }

    private WorkshopRoom room(long workshopId) {
        return rooms.computeIfAbsent(workshopId, id -> {
            WorkshopRoom room = new WorkshopRoom(fanOut, linger, this::write);
            bus.subscribe(id, room);
            return room;
        });
    }

    /**
     * Follows a workshop from just after {@code after}: the connection is registered first, so nothing
     * published during the replay is missed, then the log is replayed to it on a worker thread.
     */
    Connection connect(long workshopId, String viewer, ConnectionSink sink, long after) {
        Connection connection = new Connection(workshopId, viewer, sink, after, capacity, maxBatch);
        WorkshopRoom room = room(workshopId);
        connection.onDrop(() -> room.connections.remove(connection));
        room.connections.add(connection);
        boolean facilitator = viewer.startsWith("a");
        executor.execute(() -> {
            try {
                connection.replay(replay(workshopId, after, facilitator));
            } catch (RuntimeException e) {
                connection.close(Connection.CLOSE_BEHIND, "replay failed");
            }
        });
        return connection;
    }

    /**
     * A question to a moderated Q&A is shown to participants only once approved, so its text never travels to
     * participants on the live channel; they read approved questions from the page.
     */
    static boolean needsRedaction(WorkshopEvent event) {
        return event.type() == EventType.QUESTION;
    }

    static WorkshopEvent redacted(WorkshopEvent event) {
        return new WorkshopEvent(event.workshopId(), event.seq(), event.type(), event.activityId(), event.author(),
                event.name(), event.clientId(), Map.of(), event.at());
    }

    private List<Outbound> replay(long workshopId, long after, boolean facilitator) {
        List<Outbound> events = new ArrayList<>();
        long seq = after;
        List<WorkshopEvent> page;
        do {
            page = log.after(workshopId, seq, EventLog.PAGE);
            for (WorkshopEvent event : page) {
                events.add(Outbound.event(event.seq(),
                        write(!facilitator && needsRedaction(event) ? redacted(event) : event)));
                seq = event.seq();
            }
        } while (page.size() == EventLog.PAGE);
        return events;
    }

    void disconnect(Connection connection) {
        connection.closed();
        WorkshopRoom room = rooms.get(connection.workshopId);
        if (room != null) {
            room.connections.remove(connection);
        }
    }

    /** Completes when the workshop's next event is published (a long poll waits on it). */
    CompletableFuture<Void> nextEvent(long workshopId) {
        CompletableFuture<Void> next = new CompletableFuture<>();
        WorkshopRoom room = room(workshopId);
        synchronized (room.waiters) {
            room.waiters.add(next);
        }
        return next;
    }

    /** Closes every live connection with "going away": the clients reconnect, through the balancer, elsewhere. */
    private void closeAll() {
        rooms.values().forEach(room -> room.connections.forEach(c -> c.close(CLOSE_GOING_AWAY, "node stopping")));
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        fanOut.shutdownNow();
    }

    public int connections(long workshopId) {
        WorkshopRoom room = rooms.get(workshopId);
        return room == null ? 0 : room.connections.size();
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
