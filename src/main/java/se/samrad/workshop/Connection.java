package se.samrad.workshop;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * One client following a workshop live (a WebSocket). Outbound events wait in a bounded queue (of single
 * events, acknowledgements, or batches the workshop published together) and are written to the client's
 * transport while it is writable, with one flush per turn. A client that reads so slowly that its transport
 * stops taking frames and the queue then fills up is dropped, not buffered without bound: it reconnects with
 * the last sequence number it saw and catches up from the event log.
 *
 * <p>A batch arrives as one frame already encoded for the whole workshop (the same bytes go to every
 * follower); single entries that wait together are joined into one frame (a JSON array of up to
 * {@code maxBatch} entries).
 *
 * <p>A new connection first replays the log after the client's last sequence number; live events that arrive
 * meanwhile are held and sent after the replay, so the client sees every event once, in order.
 */
final class Connection {

    static final int CLOSE_BEHIND = 4008;
    static final int CLOSE_REMOVED = 4003;

    /** Sent once the replay is done: from then on the server hears the client's inputs. */
    static final String READY = "{\"ready\":true}";

    final long workshopId;
    final String viewer;
    private final ConnectionSink sink;
    private final int capacity;
    private final int maxBatch;
    private final ArrayDeque<Outbound> queue = new ArrayDeque<>();
    /** Entries of the queue that are answers to the client's own inputs (and {@code ready}), not events. */
    private int controls;
    private boolean replaying = true;
    /** A drain is due on the writer (so at most one is pending). */
    private boolean scheduled;
    private boolean closed;
    private long highest;
    private Runnable onDrop = () -> { };

    Connection(long workshopId, String viewer, ConnectionSink sink, long after, int capacity, int maxBatch) {
        this.workshopId = workshopId;
        this.viewer = viewer;
        this.sink = sink;
        this.capacity = capacity;
        this.maxBatch = maxBatch;
        this.highest = after;
        sink.onWritable(this::drain);
    }

    void onDrop(Runnable onDrop) {
        this.onDrop = onDrop;
    }

    Executor writer() {
        return sink.writer();
    }

    /** A live event, serialised once for every follower of the workshop. */
    void offer(long seq, String json) {
        boolean drain;
        synchronized (this) {
            if (closed || seq <= highest) {
                return;
            }
            if (!enqueue(Outbound.event(seq, json))) {
                return;
            }
            highest = seq;
            drain = due();
        }
        if (drain) {
            sink.writer().execute(this::drain);
        }
    }

    /** {@link #enqueueBatch} and then the drain it asks for. */
    void offerBatch(List<Outbound> events, Outbound batch) {
        if (enqueueBatch(events, batch)) {
            sink.writer().execute(this::drain);
        }
    }

    /**
     * Events a workshop published together, with {@code batch} their frame (encoded once for all the
     * workshop's followers). Events this client already has are left out, so a batch that overlaps the replay
     * is sent event by event.
     *
     * @return whether the caller is to run {@link #drain()} on {@link #writer()} (so a fan-out can hand one
     *         task per writer thread the connections of all its clients)
     */
    boolean enqueueBatch(List<Outbound> events, Outbound batch) {
        synchronized (this) {
            if (closed || events.isEmpty()) {
                return false;
            }
            long last = events.get(events.size() - 1).seq();
            if (last <= highest) {
                return false;
            }
            if (replaying || events.get(0).seq() <= highest) {
                for (Outbound event : events) {
                    if (event.seq() > highest) {
                        if (!enqueue(event)) {
                            return false;
                        }
                        highest = event.seq();
                    }
                }
            } else {
                if (!enqueue(batch)) {
                    return false;
                }
                highest = last;
            }
            return due();
        }
    }

    /**
     * A message for this client only (an answer to one of its inputs); it never counts as an event. Answers have
     * their own bound, {@link #CONTROLS_PER_EVENT_SLOT} times the queue's: a client that sends a burst of inputs
     * is owed an answer to each (a "slow down" for those the server had no room for), and those answers wait
     * while the event loop is still reading the burst, so counting them against the events' room dropped a
     * client for its own flood. A client that sends without ever reading is still dropped at that bound.
     */
    void offerControl(String json) {
        boolean drain;
        synchronized (this) {
            if (closed || !enqueueControl(Outbound.control(json))) {
                return;
            }
            drain = due();
        }
        if (drain) {
            sink.writer().execute(this::drain);
        }
    }

    /** How many answers may wait for each entry of room the events have. */
    static final int CONTROLS_PER_EVENT_SLOT = 4;

    private boolean enqueueControl(Outbound control) {
        if (controls >= capacity * CONTROLS_PER_EVENT_SLOT) {
            drop(CLOSE_BEHIND, "behind");
            return false;
        }
        queue.add(control);
        controls++;
        return true;
    }

    private boolean enqueue(Outbound outbound) {
        if (queue.size() - controls >= capacity) {
            drop(CLOSE_BEHIND, "behind");
            return false;
        }
        queue.add(outbound);
        return true;
    }

    /** Whether a drain is to be started now: the replay is done and none is pending yet. */
    private boolean due() {
        if (replaying || scheduled) {
            return false;
        }
        scheduled = true;
        return true;
    }

    /**
     * The events after the client's last sequence number, read from the log, then {@code {"ready":true}};
     * then live events flow. A client sends its inputs only after {@code ready}: Micronaut 4.10 can drop a
     * frame that arrives while it is still setting up the socket, and ready comes only after that.
     */
    void replay(List<Outbound> fromLog) {
        synchronized (this) {
            if (closed) {
                return;
            }
            ArrayDeque<Outbound> merged = new ArrayDeque<>(fromLog);
            long last = fromLog.isEmpty() ? -1 : fromLog.get(fromLog.size() - 1).seq();
            merged.add(Outbound.control(READY));
            for (Outbound held : queue) {
                if (held.isControl() || held.seq() > last) {
                    merged.add(held);
                }
            }
            queue.clear();
            queue.addAll(merged);
            controls = (int) merged.stream().filter(Outbound::isControl).count();
            highest = Math.max(highest, last);
            replaying = false;
            scheduled = true;
        }
        sink.writer().execute(this::drain);
    }

    synchronized int queued() {
        return queue.size();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized void close(int code, String reason) {
        drop(code, reason);
    }

    /** Marks it closed without telling the client (the client went away). */
    synchronized void closed() {
        closed = true;
        queue.clear();
        controls = 0;
    }

    private void drop(int code, String reason) {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        controls = 0;
        try {
            sink.close(code, reason);
        } finally {
            onDrop.run();
        }
    }

    /**
     * Writes what waits while the transport is writable, then flushes once. Runs on the writer only; when the
     * transport stops taking frames the rest waits in the queue until {@link ConnectionSink#onWritable} resumes it.
     * Writing only hands frames to the transport (the flush, outside the lock, sends them), so it is done
     * under the lock, without copying entries out of the queue.
     */
    void drain() {
        boolean wrote = false;
        try {
            synchronized (this) {
                while (!closed && !queue.isEmpty() && sink.writable()) {
                    writeSome();
                    wrote = true;
                }
                scheduled = false;
            }
            if (wrote) {
                sink.flush();
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                scheduled = false;
                drop(CLOSE_BEHIND, "send failed");
            }
        }
    }

    /**
     * Up to {@code maxBatch} entries: single entries that follow each other go out as one frame, a batch is a
     * frame of its own.
     */
    private void writeSome() {
        StringBuilder joined = null;
        for (int n = 0; n < maxBatch && !queue.isEmpty(); n++) {
            Outbound entry = queue.poll();
            if (entry.isControl()) {
                controls--;
            }
            if (entry.frame() != null) {
                if (joined != null) {
                    sink.write(joined.append(']').toString());
                    joined = null;
                }
                sink.write(entry.frame());
            } else {
                if (joined == null) {
                    joined = new StringBuilder("[");
                } else {
                    joined.append(',');
                }
                joined.append(entry.json());
            }
        }
        if (joined != null) {
            sink.write(joined.append(']').toString());
        }
    }
}
