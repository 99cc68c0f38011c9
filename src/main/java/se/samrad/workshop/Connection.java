package se.samrad.workshop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * One client following a workshop live (a WebSocket). Outbound events wait in a bounded queue (of single
 * events or of batches the workshop published together) and go out in frames (a JSON array of up to
 * {@code maxBatch} queue entries), one frame in flight at a time. A client that falls
 * so far behind that the queue is full is dropped, not buffered without bound: it reconnects with the last
 * sequence number it saw and catches up from the event log.
 *
 * <p>A new connection first replays the log after the client's last sequence number; live events that arrive
 * meanwhile are held and sent after the replay, so the client sees every event once, in order.
 */
final class Connection {

    /** Where frames go: a WebSocket session, or a test's recorder. */
    interface Sink {
        CompletionStage<?> send(String frame);

        void close(int code, String reason);
    }

    static final int CLOSE_BEHIND = 4008;
    static final int CLOSE_REMOVED = 4003;

    /** Sent once the replay is done: from then on the server hears the client's inputs. */
    static final String READY = "{\"ready\":true}";

    record Outbound(long seq, String json) {
    }

    final long workshopId;
    final String viewer;
    private final Sink sink;
    private final int capacity;
    private final int maxBatch;
    private final ArrayDeque<Outbound> queue = new ArrayDeque<>();
    private boolean replaying = true;
    private boolean sending;
    private boolean closed;
    private long highest;
    private Runnable onDrop = () -> { };

    Connection(long workshopId, String viewer, Sink sink, long after, int capacity, int maxBatch) {
        this.workshopId = workshopId;
        this.viewer = viewer;
        this.sink = sink;
        this.capacity = capacity;
        this.maxBatch = maxBatch;
        this.highest = after;
    }

    void onDrop(Runnable onDrop) {
        this.onDrop = onDrop;
    }

    /** A live event, serialised once for every follower of the workshop. */
    synchronized void offer(long seq, String json) {
        if (closed || seq <= highest) {
            return;
        }
        if (queue.size() >= capacity) {
            drop(CLOSE_BEHIND, "behind");
            return;
        }
        queue.add(new Outbound(seq, json));
        highest = seq;
        if (!replaying) {
            drain();
        }
    }

    /**
     * Events a workshop published together, with {@code chunk} their JSON already joined by commas (built once
     * for all the workshop's followers). Events this client already has are left out, so a batch that
     * overlaps the replay is sent event by event.
     */
    synchronized void offerBatch(List<Outbound> events, String chunk) {
        if (closed || events.isEmpty()) {
            return;
        }
        long last = events.get(events.size() - 1).seq();
        if (last <= highest) {
            return;
        }
        if (replaying || events.get(0).seq() <= highest) {
            for (Outbound event : events) {
                if (event.seq() > highest) {
                    if (!enqueue(event)) {
                        return;
                    }
                    highest = event.seq();
                }
            }
        } else {
            if (!enqueue(new Outbound(last, chunk))) {
                return;
            }
            highest = last;
        }
        if (!replaying) {
            drain();
        }
    }

    private boolean enqueue(Outbound outbound) {
        if (queue.size() >= capacity) {
            drop(CLOSE_BEHIND, "behind");
            return false;
        }
        queue.add(outbound);
        return true;
    }

    /** A message for this client only (an acknowledgement); it never counts as an event. */
    synchronized void offerControl(String json) {
        if (closed) {
            return;
        }
        if (queue.size() >= capacity) {
            drop(CLOSE_BEHIND, "behind");
            return;
        }
        queue.add(new Outbound(-1, json));
        if (!replaying) {
            drain();
        }
    }

    /**
     * The events after the client's last sequence number, read from the log, then {@code {"ready":true}};
     * then live events flow. A client sends its inputs only after {@code ready}: Micronaut 4.10 can drop a
     * frame that arrives while it is still setting up the socket, and ready comes only after that.
     */
    synchronized void replay(List<Outbound> fromLog) {
        if (closed) {
            return;
        }
        ArrayDeque<Outbound> merged = new ArrayDeque<>(fromLog);
        long last = fromLog.isEmpty() ? -1 : fromLog.get(fromLog.size() - 1).seq();
        merged.add(new Outbound(-1, READY));
        for (Outbound held : queue) {
            if (held.seq() < 0 || held.seq() > last) {
                merged.add(held);
            }
        }
        queue.clear();
        queue.addAll(merged);
        highest = Math.max(highest, last);
        replaying = false;
        drain();
    }

    static Outbound outbound(long seq, String json) {
        return new Outbound(seq, json);
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
    }

    private void drop(int code, String reason) {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        try {
            sink.close(code, reason);
        } finally {
            onDrop.run();
        }
    }

    private void drain() {
        if (sending || closed || queue.isEmpty()) {
            return;
        }
        List<String> batch = new ArrayList<>(Math.min(queue.size(), maxBatch));
        while (!queue.isEmpty() && batch.size() < maxBatch) {
            batch.add(queue.poll().json());
        }
        sending = true;
        String frame = "[" + String.join(",", batch) + "]";
        CompletionStage<?> sent;
        try {
            sent = sink.send(frame);
        } catch (RuntimeException e) {
            sending = false;
            drop(CLOSE_BEHIND, "send failed");
            return;
        }
        sent.whenComplete((ok, failure) -> sent(failure));
    }

    private synchronized void sent(Throwable failure) {
        sending = false;
        if (failure != null) {
            drop(CLOSE_BEHIND, "send failed");
        } else {
            drain();
        }
    }
}
