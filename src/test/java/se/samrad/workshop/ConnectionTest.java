package se.samrad.workshop;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-connection outbound queue: bounded, ordered, replay without gaps or duplicates. */
class ConnectionTest {

    /**
     * Records frames, written on the caller's thread; {@code stalled} stops taking frames after the first, like a
     * client that stopped reading (its socket buffer full), until {@link #resume()}.
     */
    static final class Recorder implements ConnectionSink {
        final List<String> frames = new ArrayList<>();
        boolean stalled;
        int closedWith;
        int flushes;
        private Runnable resume;

        @Override
        public Executor writer() {
            return Runnable::run;
        }

        @Override
        public boolean writable() {
            return !stalled || frames.isEmpty();
        }

        @Override
        public void onWritable(Runnable resume) {
            this.resume = resume;
        }

        @Override
        public void write(String frame) {
            frames.add(frame);
        }

        @Override
        public void write(Outbound.Frame frame) {
            frames.add(new String(frame.utf8, StandardCharsets.UTF_8));
        }

        @Override
        public void flush() {
            flushes++;
        }

        void resume() {
            stalled = false;
            resume.run();
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

    private static List<Outbound> batch(long... seqs) {
        List<Outbound> events = new ArrayList<>();
        for (long seq : seqs) {
            events.add(Outbound.event(seq, event(seq)));
        }
        return events;
    }

    @Test
    void aClientThatCatchesUpGetsWhatWaitedInOneFlushAndStaysConnected() {
        Recorder sink = new Recorder();
        sink.stalled = true;
        Connection c = new Connection(1, "p1", sink, 0, 10, 100);
        c.replay(List.of());
        c.offerBatch(batch(1, 2), Outbound.batch(batch(1, 2)));
        c.offerControl("{\"ack\":\"x\"}");
        c.offer(3, event(3));
        assertEquals(List.of("[" + Connection.READY + "]"), sink.frames);
        int flushes = sink.flushes;
        sink.resume();
        assertEquals(List.of("[" + Connection.READY + "]", "[" + event(1) + "," + event(2) + "]",
                "[{\"ack\":\"x\"}," + event(3) + "]"), sink.frames);
        assertEquals(flushes + 1, sink.flushes, "what waited is flushed once");
        assertFalse(c.isClosed());
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
        // one frame went out, then the transport took no more: the rest wait in the queue
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
        c.replay(List.of(Outbound.event(4, event(4)), Outbound.event(5, event(5)),
                Outbound.event(6, event(6))));
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
        c.replay(List.of(Outbound.event(1, event(1))));
        assertEquals("[" + event(1) + "," + Connection.READY + ",{\"ack\":\"x\"}]", sink.all());
    }

    @Test
    void aBatchGoesOutAsOneEntryAndAnOverlapWithTheReplayIsLeftOut() {
        Recorder sink = new Recorder();
        Connection c = new Connection(1, "p1", sink, 0, 10, 10);
        c.replay(List.of(Outbound.event(1, event(1)), Outbound.event(2, event(2))));
        // published while the replay was read: 2 overlaps, 3 is new
        c.offerBatch(batch(2, 3), Outbound.batch(batch(2, 3)));
        c.offerBatch(batch(4, 5), Outbound.batch(batch(4, 5)));
        c.offerBatch(batch(5), Outbound.batch(batch(5)));
        assertEquals("[" + event(1) + "," + event(2) + "," + Connection.READY + "][" + event(3) + "][" + event(4) + ","
                + event(5) + "]",
                sink.all());
    }
    @Test
    void answersToAClientsOwnBurstHaveTheirOwnRoomAndDoNotDropIt() {
        Recorder sink = new Recorder();
        sink.stalled = true;
        Connection c = new Connection(1, "p1", sink, 0, 10, 5);
        c.replay(List.of());
        // a burst of inputs read at once: three times the events' room in answers, while the client reads nothing
        for (int n = 0; n < 30; n++) {
            c.offerControl("{\"ack\":\"" + n + "\"}");
        }
        assertFalse(c.isClosed(), "answers do not count against the events' room");
        // and the events still have their whole room
        for (long seq = 1; seq <= 10; seq++) {
            c.offer(seq, event(seq));
        }
        assertFalse(c.isClosed());
        c.offer(11, event(11));
        assertTrue(c.isClosed(), "an event beyond the events' room drops a client that does not read");
        assertEquals(Connection.CLOSE_BEHIND, sink.closedWith);
    }

    @Test
    void aClientThatSendsWithoutEverReadingIsDroppedAtTheAnswersBound() {
        Recorder sink = new Recorder();
        sink.stalled = true;
        Connection c = new Connection(1, "p1", sink, 0, 10, 5);
        c.replay(List.of());
        int bound = 10 * Connection.CONTROLS_PER_EVENT_SLOT;
        for (int n = 0; n < bound; n++) {
            c.offerControl("{\"ack\":\"" + n + "\"}");
        }
        assertFalse(c.isClosed());
        c.offerControl("{\"ack\":\"one too many\"}");
        assertTrue(c.isClosed());
        assertEquals(Connection.CLOSE_BEHIND, sink.closedWith);
        assertEquals(0, c.queued());
    }

    @Test
    void answersThatWentOutFreeTheirRoom() {
        Recorder sink = new Recorder();
        Connection c = new Connection(1, "p1", sink, 0, 10, 5);
        c.replay(List.of());
        for (int n = 0; n < 10 * Connection.CONTROLS_PER_EVENT_SLOT * 3; n++) {
            c.offerControl("{\"ack\":\"" + n + "\"}");
        }
        assertFalse(c.isClosed(), "a client that reads is never dropped for the answers it was sent");
        assertEquals(0, c.queued());
    }
}
