package se.samrad.support;

import se.samrad.Application;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** For tests and benchmarks that start Samråd in a process of its own: a port to give it, and its start-up. */
public final class ServerProcess {

    private ServerProcess() {
    }

    /** A port nothing listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The README's run command in a process of its own, with no database configured: Samråd starts its embedded
     * MariaDB with the data in {@code dataDir}, and writes its output to {@code log}.
     */
    public static Process startEmbedded(Path dataDir, int port, Path log, String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Application.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DATASOURCES_DEFAULT_URL");
        builder.environment().remove("MICRONAUT_ENVIRONMENTS");
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        builder.environment().put("SAMRAD_DATA_DIR", dataDir.toString());
        builder.environment().put("SAMRAD_DEMO_ENABLED", "false");
        return builder.start();
    }

    /**
     * Waits until the server at {@code base} answers {@code /health} with 200; throws when its process ended
     * first or {@code timeout} passed, naming {@code log} for the reason.
     */
    public static void awaitHealthy(Process server, URI base, Duration timeout, String log) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The server stopped during start-up; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The server did not become healthy within " + timeout + "; see " + log);
    }
}
