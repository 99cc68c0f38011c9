package se.samrad.workshop;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A participant's page as the browser script behaves behind a load balancer: when its socket closes (its node was
 * killed or drains), it connects again through the balancer from the last sequence number it saw, and sends again
 * every input that had no acknowledgement, with the same client id.
 */
final class ResumingClient {

    private final URI balancer;
    private final String code;
    private final String cookie;
    private final List<Long> seqs = new ArrayList<>();
    private final Map<String, Object[]> unacknowledged = new LinkedHashMap<>();
    private LiveClient live;
    /** Whether {@link #seqs} already holds what the closed {@link #live} received (its reconnection failed). */
    private boolean absorbed;
    int reconnections;
    /** Answers of {@link #live} already looked at. */
    private int heard;
    /** Inputs sent again because the server answered "try again". */
    int retried;

    ResumingClient(URI balancer, String code, String cookie) {
        this.balancer = balancer;
        this.code = code;
        this.cookie = cookie;
        this.live = LiveClient.connect(balancer, code, cookie, 0);
    }

    /** Sends an input; it is sent again after a reconnection until acknowledged. */
    synchronized void submit(String clientId, EventType type, long activity, Map<String, Object> data) {
        unacknowledged.put(clientId, new Object[] {type, activity, data});
        trySend(clientId);
    }

    private void trySend(String clientId) {
        Object[] input = unacknowledged.get(clientId);
        if (live.closed.isDone()) {
            return;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) input[2];
            live.submit(clientId, (EventType) input[0], (Long) input[1], data);
        } catch (RuntimeException | AssertionError e) {
            // The socket is closing: keepUp() reconnects and sends it again.
        }
    }

    /**
     * Reconnects when the socket closed, notes acknowledgements and, as the page script does, sends an input again
     * when the server answered "try again" (a failure it could not foresee); call it while waiting.
     */
    synchronized void keepUp() {
        List<Map<String, Object>> answers = List.copyOf(live.answers);
        for (Map<String, Object> answer : answers.subList(Math.min(heard, answers.size()), answers.size())) {
            Object ack = answer.get("ack");
            if (ack != null) {
                unacknowledged.remove(String.valueOf(ack));
            } else if (Boolean.TRUE.equals(answer.get("retry")) && unacknowledged.containsKey(
                    String.valueOf(answer.get("nack")))) {
                retried++;
                trySend(String.valueOf(answer.get("nack")));
            }
        }
        heard = answers.size();
        if (!live.closed.isDone()) {
            return;
        }
        if (!absorbed) {
            seqs.addAll(live.seqs());
            absorbed = true;
        }
        long after = seqs.isEmpty() ? 0 : seqs.get(seqs.size() - 1);
        try {
            live = LiveClient.connect(balancer, code, cookie, after, java.time.Duration.ofSeconds(5));
            absorbed = false;
            heard = 0;
            reconnections++;
            new ArrayList<>(unacknowledged.keySet()).forEach(this::trySend);
        } catch (RuntimeException e) {
            // No node answers yet: the next call tries again.
        }
    }

    synchronized boolean acknowledged() {
        keepUp();
        return unacknowledged.isEmpty();
    }

    /** Every sequence number this participant's pages received, across reconnections, in order. */
    synchronized List<Long> seqs() {
        List<Long> all = new ArrayList<>(seqs);
        if (!absorbed) {
            all.addAll(live.seqs());
        }
        return all;
    }

    void close() {
        try {
            live.close();
        } catch (RuntimeException e) {
            // already gone
        }
    }

    @Override
    public String toString() {
        return "seqs " + seqs() + ", reconnections " + reconnections + ", retried " + retried + ", unacknowledged " + unacknowledged.keySet()
                + ", socket " + (live.closed.isDone() ? "closed with " + live.closed.join() : "open")
                + ", answers " + live.answers.size();
    }
}
