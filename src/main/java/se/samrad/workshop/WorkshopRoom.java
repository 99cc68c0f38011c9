package se.samrad.workshop;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A workshop's followers on this node ({@link ConnectionHub} keeps one per workshop). An event after a quiet
 * spell goes out at once; events that follow it within {@code linger} ms of the last batch, or while the last
 * batch is still being written, are collected and offered to every connection together, as one batch whose
 * frame is encoded once, so a busy session costs one write per connection per batch rather than per event; the
 * fan-out runs on one thread, in sequence order, outside the event log's lock, and hands each writer thread
 * (event loop) one task that drains all its connections.
 */
final class WorkshopRoom implements WorkshopEventBus.Listener {

    /** Connections an event loop writes to before it looks at its sockets again. */
    static final int DRAIN_CHUNK = 128;
    private static final long STALE_WRITERS = TimeUnit.SECONDS.toNanos(1);

    private final ScheduledExecutorService fanOut;
    private final long linger;
    private final Function<Object, String> write;
    final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    final List<CompletableFuture<Void>> waiters = new ArrayList<>();
    private final List<Outbound> full = new ArrayList<>();
    private final List<Outbound> forParticipants = new ArrayList<>();
    private final List<String> removals = new ArrayList<>();
    private boolean scheduled;
    /** When the last batch went out ({@link System#nanoTime()}). */
    private long lastFlush = System.nanoTime() - TimeUnit.SECONDS.toNanos(1);
    /** Writer tasks of earlier batches not done yet, the oldest since {@code writingSince}. */
    private int writing;
    private long writingSince;
    /** Events wait for the writers to finish the batch before. */
    private boolean held;

    /** {@code fanOut} is the hub's one fan-out thread; {@code write} serialises an event as JSON. */
    WorkshopRoom(ScheduledExecutorService fanOut, long linger, Function<Object, String> write) {
        this.fanOut = fanOut;
        this.linger = linger;
        this.write = write;
    }

    @Override
    public void onEvent(WorkshopEvent event) {
        String serialised = write.apply(event);
        synchronized (this) {
            full.add(Outbound.event(event.seq(), serialised));
            forParticipants.add(Outbound.event(event.seq(),
                    ConnectionHub.needsRedaction(event) ? write.apply(ConnectionHub.redacted(event)) : serialised));
            if (event.type() == EventType.PARTICIPANT_REMOVED) {
                removals.add("p" + event.number("participant"));
            }
            due();
        }
        List<CompletableFuture<Void>> waiting;
        synchronized (waiters) {
            waiting = new ArrayList<>(waiters);
            waiters.clear();
        }
        waiting.forEach(w -> w.complete(null));
    }

    /**
     * Schedules the next batch (under this room's lock): at once after a quiet spell, else {@code linger}
     * after the last one, and never while the event loops are still writing the one before (unless that
     * has taken a second already): when they are slow, say because the machine is busy, more events go
     * together and the frames to write get fewer instead of piling up.
     */
    private void due() {
        if (scheduled) {
            return;
        }
        long now = System.nanoTime();
        if (writing > 0 && now - writingSince < STALE_WRITERS) {
            held = true;
            return;
        }
        held = false;
        scheduled = true;
        long wait = lastFlush + TimeUnit.MILLISECONDS.toNanos(linger) - now;
        if (wait <= 0) {
            fanOut.execute(this::flush);
        } else {
            fanOut.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * One writer's share of a batch, written {@link #DRAIN_CHUNK} connections at a time. Netty runs the tasks
     * queued for an event loop one after another before it reads its sockets again, so one task for 1,000
     * connections would keep their inputs and acknowledgements waiting until all were written; each further
     * chunk is therefore scheduled (with no delay), which Netty runs only after its next look at the sockets.
     */
    private final class Drain implements Runnable {
        private final Executor writer;
        private final List<Connection> due;
        private int next;

        Drain(Executor writer, List<Connection> due) {
            this.writer = writer;
            this.due = due;
        }

        void start() {
            try {
                writer.execute(this);
            } catch (RuntimeException e) {
                // the event loop is shutting down
                written();
            }
        }

        @Override
        public void run() {
            int end = Math.min(due.size(), next + DRAIN_CHUNK);
            try {
                while (next < end) {
                    // counted before it is written: a connection whose drain throws is not written again
                    due.get(next++).drain();
                }
            } finally {
                if (next >= due.size()) {
                    written();
                } else if (writer instanceof ScheduledExecutorService scheduled) {
                    try {
                        scheduled.schedule(this, 0, TimeUnit.NANOSECONDS);
                    } catch (RuntimeException e) {
                        written();
                    }
                } else {
                    run();
                }
            }
        }
    }

    private synchronized void written() {
        writing--;
        if (writing <= 0 && held) {
            due();
        }
    }

    private void flush() {
        List<Outbound> all;
        List<Outbound> redacted;
        List<String> removed;
        synchronized (this) {
            scheduled = false;
            lastFlush = System.nanoTime();
            all = List.copyOf(full);
            redacted = List.copyOf(forParticipants);
            removed = List.copyOf(removals);
            full.clear();
            forParticipants.clear();
            removals.clear();
        }
        if (all.isEmpty()) {
            return;
        }
        Outbound allBatch = Outbound.batch(all);
        Outbound redactedBatch = all.equals(redacted) ? allBatch : Outbound.batch(redacted);
        // one task per writer thread (a Netty event loop) drains all its connections, each flushed once
        Map<Executor, List<Connection>> byWriter = new IdentityHashMap<>();
        for (Connection connection : connections) {
            try {
                boolean facilitator = connection.viewer.startsWith("a");
                if (connection.enqueueBatch(facilitator ? all : redacted, facilitator ? allBatch : redactedBatch)) {
                    byWriter.computeIfAbsent(connection.writer(), w -> new ArrayList<>(connections.size())).add(connection);
                }
            } catch (RuntimeException e) {
                connection.close(Connection.CLOSE_BEHIND, "send failed");
            }
        }
        synchronized (this) {
            if (writing <= 0) {
                writingSince = System.nanoTime();
            }
            writing += byWriter.size();
        }
        byWriter.forEach((writer, due) -> new Drain(writer, due).start());
        connections.stream().filter(c -> removed.contains(c.viewer))
                .forEach(c -> c.close(Connection.CLOSE_REMOVED, "removed"));
    }
}
