package se.samrad.workshop;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A test's WebSocket client of a workshop: records every event and acknowledgement it receives. */
final class LiveClient implements WebSocket.Listener {

    static final JsonMapper JSON = JsonMapper.createDefault();

    final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
    final List<Map<String, Object>> answers = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    WebSocket socket;

    static LiveClient connect(URI base, String code, String cookie, long after) {
        return connect(base, code, cookie, after, Duration.ofSeconds(30));
    }

    /**
     * As the page script does, gives up when the socket is not open within {@code within} (a balancer may have
     * handed the connection to a node that is stopping); throws then.
     */
    static LiveClient connect(URI base, String code, String cookie, long after, Duration within) {
        LiveClient client = new LiveClient();
        URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/w/" + code + "/ws?after=" + after);
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        var opening = builder.buildAsync(uri, client);
        try {
            client.socket = opening.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            opening.cancel(true);
            throw new IllegalStateException("the socket did not open within " + within, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the socket did not open", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return client;
    }

    /** Sends an input once the server said it is ready to hear it, as the page script does. */
    void submit(String clientId, EventType type, long activity, Map<String, Object> data) {
        await(() -> ready.isDone() ? Boolean.TRUE : null, () -> "ready; " + this);
        try {
            socket.sendText(JSON.writeValueAsString(Map.of("clientId", clientId, "type", type.name(),
                    "activity", activity, "data", data)), true).join();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                List<Map<String, Object>> frame = JSON.readValue(partial.toString(),
                        Argument.listOf(Argument.mapOf(String.class, Object.class)));
                for (Map<String, Object> message : frame) {
                    if (message.containsKey("ready")) {
                        ready.complete(null);
                    } else {
                        (message.containsKey("seq") && message.containsKey("type") ? events : answers).add(message);
                    }
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    List<Long> seqs() {
        List<Long> seqs = new ArrayList<>();
        events.forEach(e -> seqs.add(((Number) e.get("seq")).longValue()));
        return seqs;
    }

    long lastSeq() {
        List<Long> seqs = seqs();
        return seqs.isEmpty() ? 0 : seqs.get(seqs.size() - 1);
    }

    Map<String, Object> answer(String clientId) {
        return await(() -> answers.stream().filter(a -> clientId.equals(a.get("ack")) || clientId.equals(a.get("nack")))
                .findFirst().orElse(null), () -> "the answer to " + clientId + "; " + this);
    }

    void awaitEvents(Predicate<List<Map<String, Object>>> condition) {
        await(() -> condition.test(events) ? Boolean.TRUE : null, () -> "events; " + this);
    }

    /** What this client received, for the message of a test that timed out. */
    @Override
    public String toString() {
        return "received events " + seqs() + ", answers " + answers + ", closed "
                + (closed.isDone() ? closed.join() : "no");
    }

    /**
     * Polls until the probe answers. The first input after a restart waits for the new server to rebuild the
     * workshop from its log while the rest of the suite's start-up work (the library index) shares two cores,
     * which took more than 10 s in one full run out of five.
     */
    static <T> T await(java.util.function.Supplier<T> probe) {
        return await(probe, () -> "");
    }

    static <T> T await(java.util.function.Supplier<T> probe, java.util.function.Supplier<String> waitingFor) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out waiting for " + waitingFor.get());
    }

    void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }
}
