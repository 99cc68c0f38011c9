package se.samrad.support;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A NATS server with JetStream of a test's own ({@code nats-server} from Debian's package), on a free port with
 * its own store, so that the test can kill and restart it without disturbing anyone else's.
 */
public final class PrivateNatsServer implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nats-server");
    private final int port;
    private final Path store;
    private Process process;

    private PrivateNatsServer(int port, Path store) {
        this.port = port;
        this.store = store;
    }

    /** Starts one, or skips the test when the machine has no {@code nats-server}. */
    public static PrivateNatsServer start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(BINARY), "no " + BINARY + ": test of a NATS outage skipped");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PrivateNatsServer server = new PrivateNatsServer(port, Files.createTempDirectory("samrad-nats"));
        server.restart();
        return server;
    }

    public String url() {
        return "nats://127.0.0.1:" + port;
    }

    /** Kills the server at once, as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Starts it (again) on the same port and store, and waits until it takes connections. */
    public void restart() throws IOException {
        process = new ProcessBuilder(BINARY.toString(), "-a", "127.0.0.1", "-p", String.valueOf(port), "-js",
                "-sd", store.toString()).redirectErrorStream(true)
                .redirectOutput(store.resolve("server.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
        throw new IOException("nats-server did not start on port " + port);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
