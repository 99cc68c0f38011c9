package se.samrad.workshop;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-connection outbound queue: bounded, ordered, replay without gaps or duplicates. */
class ConnectionTest {

    /** Records frames; {@code stalled} never completes a send, like a client that stopped reading. */
    static final class Recorder implements Connection.Sink {
        final List<String> frames = new ArrayList<>();
        final List<CompletableFuture<Void>> pending = new ArrayList<>();
        boolean stalled;
        int closedWith;

        @Override
        public CompletionStage<?> send(String frame) {
            frames.add(frame);
            CompletableFuture<Void> f = new CompletableFuture<>();
            if (stalled) {
                pending.add(f);
            } else {
                f.complete(null);
            }
            return f;
        }

        @Override
        public void close(int code, String reason) {
            closedWith = code;
        }

        String all() {
            return String.join("", frames);
        }
    }

    private static String event(long seq) {
        return "{\"seq\":" + seq + "}";
    }

    @Test
    void aStalledClientIsDroppedWhenItsQueueIsFullInsteadOfGrowingMemory() {
        Recorder sink = new Recorder();
        sink.stalled = true;
        boolean[] dropped = {false};
        Connection c = new Connection(1, "p1", sink, 0, 10, 5);
        c.onDrop(() -> dropped[0] = true);
        c.replay(List.of());
        for (long seq = 1; seq <= 10; seq++) {
            c.offer(seq, event(seq));
        }
        // one frame is in flight (never acknowledged), the rest wait in the queue
        assertEquals(1, sink.frames.size());
        assertFalse(c.isClosed());
        for (long seq = 11; seq <= 16; seq++) {
            c.offer(seq, event(seq));
        }
        assertTrue(c.isClosed());
        assertTrue(dropped[0]);
        assertEquals(Connection.CLOSE_BEHIND, sink.closedWith);
        assertEquals(0, c.queued());
        c.offer(17, event(17));
        assertEquals(0, c.queued(), "a dropped connection holds nothing more");
    }

    @Test
    void aClientThatKeepsUpGetsEveryEventInOrderInFewFrames() {
        Recorder sink = new Recorder();
        Connection c = new Connection(1, "p1", sink, 0, 10, 4);
        c.replay(List.of());
        for (long seq = 1; seq <= 100; seq++) {
            c.offer(seq, event(seq));
        }
        StringBuilder expected = new StringBuilder(Connection.READY);
        for (long seq = 1; seq <= 100; seq++) {
            expected.append(event(seq));
        }
        assertEquals(expected.toString(), sink.all().replace("[", "").replace("]", "").replace(",", ""));
        assertFalse(c.isClosed());
    }

    @Test
    void liveEventsDuringTheReplayFollowItWithoutDuplicatesOrGaps() {
        Recorder sink = new Recorder();
        Connection c = new Connection(1, "p1", sink, 3, 100, 100);
        // events 6 and 7 are published while the log (4, 5, 6) is being read
        c.offer(6, event(6));
        c.offer(7, event(7));
        assertTrue(sink.frames.isEmpty(), "nothing goes out before the replay");
        c.replay(List.of(Connection.outbound(4, event(4)), Connection.outbound(5, event(5)),
                Connection.outbound(6, event(6))));
        c.offer(7, event(7));
        c.offer(8, event(8));
        assertEquals("[" + event(4) + "," + event(5) + "," + event(6) + "," + Connection.READY + "," + event(7) + "]["
                + event(8) + "]",
                sink.all());
    }

    @Test
    void acknowledgementsAreNeverTakenForEvents() {
        Recorder sink = new Recorder();
        Connection c = new Connection(1, "p1", sink, 0, 10, 10);
        c.offerControl("{\"ack\":\"x\"}");
        c.replay(List.of(Connection.outbound(1, event(1))));
        assertEquals("[" + event(1) + "," + Connection.READY + ",{\"ack\":\"x\"}]", sink.all());
    }

    @Test
    void aBatchGoesOutAsOneEntryAndAnOverlapWithTheReplayIsLeftOut() {
        Recorder sink = new Recorder();
        Connection c = new Connection(1, "p1", sink, 0, 10, 10);
        c.replay(List.of(Connection.outbound(1, event(1)), Connection.outbound(2, event(2))));
        // published while the replay was read: 2 overlaps, 3 is new
        c.offerBatch(List.of(Connection.outbound(2, event(2)), Connection.outbound(3, event(3))),
                event(2) + "," + event(3));
        c.offerBatch(List.of(Connection.outbound(4, event(4)), Connection.outbound(5, event(5))),
                event(4) + "," + event(5));
        c.offerBatch(List.of(Connection.outbound(5, event(5))), event(5));
        assertEquals("[" + event(1) + "," + event(2) + "," + Connection.READY + "][" + event(3) + "][" + event(4) + ","
                + event(5) + "]",
                sink.all());
    }
}
