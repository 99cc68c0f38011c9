package se.samrad.indicator;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for Kolada's API: answers the paths it knows with fixture files from src/test/resources/kolada
 * ({base} in them becomes its own address, as Kolada's next_url is absolute), anything else with 500, and
 * remembers what was asked. Nothing in the tests reaches the internet.
 */
final class KoladaStub implements AutoCloseable {

    private final HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    /** While set, a request for a second page waits for it (a fetch then stays running after its first page). */
    private volatile CountDownLatch gate;

    KoladaStub(Map<String, String> files) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().toString();
            asked.add(path);
            CountDownLatch held = gate;
            if (held != null && path.contains("page=2")) {
                try {
                    held.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String file = files.get(path.substring("/v3".length()));
            byte[] body = file == null ? "{\"error\":\"unknown\"}".getBytes(StandardCharsets.UTF_8)
                    : fixture(file).replace("{base}", base()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(file == null ? 500 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v3";
    }

    /** Holds every second page until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        CountDownLatch held = gate;
        gate = null;
        if (held != null) {
            held.countDown();
        }
    }

    List<String> asked() {
        return asked;
    }

    static String fixture(String name) {
        try (InputStream in = KoladaStub.class.getResourceAsStream("/kolada/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
