package se.samrad.workshop;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * An entry of a {@link Connection}'s queue: one event or control message as JSON ({@code frame} null), or a batch
 * of events ending at {@code seq} as a complete frame ({@code json} null). Control messages (answers to the
 * client's own inputs, and {@code ready}) have no sequence number ({@code seq} below 0).
 */
record Outbound(long seq, String json, Outbound.Frame frame) {

    static Outbound event(long seq, String json) {
        return new Outbound(seq, json, null);
    }

    static Outbound control(String json) {
        return new Outbound(-1, json, null);
    }

    boolean isControl() {
        return seq < 0;
    }

    /** A batch's queue entry: its events' JSON joined into one frame, encoded once. */
    static Outbound batch(List<Outbound> events) {
        StringBuilder frame = new StringBuilder("[");
        for (Outbound event : events) {
            if (frame.length() > 1) {
                frame.append(',');
            }
            frame.append(event.json());
        }
        frame.append(']');
        return new Outbound(events.get(events.size() - 1).seq(), null,
                new Frame(frame.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A frame's text as UTF-8, built once and shared by every connection it goes to; a sink may keep its own
     * encoding of it here (e.g. the bytes on the wire), made once too.
     */
    static final class Frame {
        final byte[] utf8;
        private volatile Object encoded;

        Frame(byte[] utf8) {
            this.utf8 = utf8;
        }

        /** The encoding {@code encoder} makes of the text, made on first use (twice at worst, never changed). */
        @SuppressWarnings("unchecked")
        <T> T encoded(Function<byte[], T> encoder) {
            Object e = encoded;
            if (e == null) {
                e = encoder.apply(utf8);
                encoded = e;
            }
            return (T) e;
        }
    }
}
