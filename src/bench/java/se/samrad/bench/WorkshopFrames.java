package se.samrad.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the workshop's WebSocket frames as the benchmark's clients need them: each object of a frame's JSON array
 * (or the frame's one object) as ready, an acknowledgement, a refusal or an event with its sequence number and,
 * where it is one of the benchmark's submissions ({@code clientId} {@code b<number>}), that number.
 *
 * <p>The server writes a batch's frame, the same bytes, to every follower of the workshop, so a client thread
 * reads each batch hundreds of times: each thread keeps the frames it parsed last by their bytes, and parsing one
 * once and only comparing the bytes of the others (far cheaper) keeps the load generator's share of the cores it
 * shares with the server small. What each participant makes of the parts (its own sequence numbers, duplicates
 * and gaps, deliveries, latencies) is still worked out per participant.
 */
final class WorkshopFrames {

    enum Kind { READY, ACKNOWLEDGED, REFUSED, EVENT }

    /** An object of a frame; {@code number} is the submission's number, or -1 when not one of ours. */
    record Part(Kind kind, long seq, long number) {
    }

    private static final byte[] READY_FIELD = "{\"ready\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ACK = "{\"ack\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NACK = "{\"nack\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEQ_FIELD = "\"seq\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLIENT_ID = "\"clientId\":\"".getBytes(StandardCharsets.US_ASCII);

    /** Each client thread's frames parsed last. */
    private final ThreadLocal<Parsed> parsed = ThreadLocal.withInitial(Parsed::new);

    /** The parts of the frame in {@code b[from, to)}, parsed or, when this thread parsed the same bytes lately, reused. */
    List<Part> parts(byte[] b, int from, int to) {
        return parsed.get().parts(b, from, to);
    }

    private static final class Parsed {
        private record Entry(byte[] content, List<Part> parts) {
        }

        private final Entry[] entries = new Entry[32];
        private int next;

        List<Part> parts(byte[] b, int from, int to) {
            int length = to - from;
            for (int k = 1; k <= entries.length; k++) {
                Entry e = entries[(next - k + entries.length) % entries.length];
                if (e != null && e.content().length == length && Arrays.equals(e.content(), 0, length, b, from, to)) {
                    return e.parts();
                }
            }
            List<Part> found = parse(b, from, to);
            entries[next] = new Entry(Arrays.copyOfRange(b, from, to), found);
            next = (next + 1) % entries.length;
            return found;
        }
    }

    /** Each object of the frame's JSON array: an event, an acknowledgement, a refusal or ready. */
    static List<Part> parse(byte[] b, int from, int to) {
        List<Part> found = new ArrayList<>(4);
        int depth = 0;
        boolean inString = false;
        int objectStart = -1;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                if (depth++ == 0) {
                    objectStart = i;
                }
            } else if (c == '}') {
                if (--depth == 0) {
                    Part part = part(b, objectStart, i + 1);
                    if (part != null) {
                        found.add(part);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static Part part(byte[] b, int from, int to) {
        if (startsWith(b, from, to, READY_FIELD)) {
            return new Part(Kind.READY, -1, -1);
        } else if (startsWith(b, from, to, ACK)) {
            return new Part(Kind.ACKNOWLEDGED, -1, number(b, from + ACK.length, to));
        } else if (startsWith(b, from, to, NACK)) {
            return new Part(Kind.REFUSED, -1, number(b, from + NACK.length, to));
        }
        int at = indexOf(b, from, to, SEQ_FIELD);
        if (at < 0) {
            return null;
        }
        long seq = 0;
        for (int i = at + SEQ_FIELD.length; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
            seq = seq * 10 + (b[i] - '0');
        }
        int id = indexOf(b, at, to, CLIENT_ID);
        return new Part(Kind.EVENT, seq, id < 0 ? -1 : number(b, id + CLIENT_ID.length, to));
    }

    /** The number of the client id {@code b<number>} that starts at {@code from}, or -1 if it is not one of ours. */
    private static long number(byte[] b, int from, int to) {
        if (from >= to || b[from] != 'b') {
            return -1;
        }
        long n = 0;
        int i = from + 1;
        for (; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
            n = n * 10 + (b[i] - '0');
        }
        return i == from + 1 || i >= to || b[i] != '"' ? -1 : n;
    }

    private static boolean startsWith(byte[] b, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, int to, byte[] needle) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
