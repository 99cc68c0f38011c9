package se.samrad.bench;

import java.net.URI;
import java.util.List;

/**
 * What the workshop load generator talks to, behind one interface so that the same clients, connections and rate
 * drive Samråd ({@link SamradWorkshops}) and the in-memory peer ({@link WorkshopPeer}, issue 23): how sessions
 * are opened and joined, where a participant's WebSocket goes, and how an input is written.
 */
interface WorkshopTarget {

    /** A session as the load generator sees it: its code, activities, members' tokens and the sequence to follow from. */
    record Session(int index, String code, long ideas, long poll, List<String> tokens, long after) {
        int size() {
            return tokens.size();
        }
    }

    /** The server processes (one per node), whose CPU time the benchmark reads. */
    List<Long> pids();

    /** Opens the sessions (index 0 first) with {@code sizes.get(i)} participants each, all joined. */
    List<Session> open(List<Integer> sizes) throws Exception;

    /** A participant's WebSocket, asking for the events after sequence number {@code after}. */
    URI socket(Session session, long after);

    /** The Cookie header a participant with {@code token} sends with its handshake, or null for none. */
    String cookie(String token);

    /**
     * The text of a submission as Samråd takes it: an idea on even counts, a vote on odd ones, with {@code clientId}.
     * The peer passes the same text on as it is, so the same sizes of frame reach the clients.
     */
    default String input(Session s, String clientId, long count) {
        return count % 2 == 0
                ? "{\"clientId\":\"" + clientId + "\",\"type\":\"IDEA\",\"activity\":" + s.ideas()
                + ",\"data\":{\"text\":\"Idé nummer " + count + " om samverkan\"}}"
                : "{\"clientId\":\"" + clientId + "\",\"type\":\"VOTE\",\"activity\":" + s.poll()
                + ",\"data\":{\"options\":[" + (count % 3) + "]}}";
    }

    /** Whether the server acknowledges each input once it has stored it (the peer does not). */
    boolean acknowledges();
}
