package se.samrad.support;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * The NATS server (with JetStream) the multi-node tests use: {@code SAMRAD_TEST_NATS_URL}, else the one these
 * machines run at 127.0.0.1:4222 ({@code .ci/run} starts it when it is installed but stopped). Without one the
 * tests are skipped with a message saying so.
 */
public final class NatsServer {

    private NatsServer() {
    }

    public static String url() {
        String configured = System.getenv("SAMRAD_TEST_NATS_URL");
        return configured == null || configured.isBlank() ? "nats://127.0.0.1:4222" : configured;
    }

    public static void assumeReachable() {
        URI uri = URI.create(url());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2000);
        } catch (IOException e) {
            Assumptions.abort("no NATS server at " + url() + " (set SAMRAD_TEST_NATS_URL): multi-node tests skipped");
        }
    }
}
