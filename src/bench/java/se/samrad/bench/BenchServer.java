package se.samrad.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import se.samrad.support.ServerProcess;
import se.samrad.support.WebClient;

/**
 * The real Samråd server, started from the packaged jar ({@code target/samrad.jar}) in its own JVM on a free
 * port, with demo content (password {@link #DEMO_PASSWORD}) and rate limits raised so that the load
 * generator is not throttled. Its log goes to {@code bench/out/server-<name>.log}.
 */
final class BenchServer implements AutoCloseable {

    static final String DEMO_PASSWORD = "benchmark-password";
    /** The jar to start; BENCH_SERVER_JAR points elsewhere, e.g. at a saved build for a before/after comparison. */
    private static final Path JAR = Path.of(System.getenv().getOrDefault("BENCH_SERVER_JAR",
            Path.of("target", "samrad.jar").toString()));

    private final Process process;
    private final URI base;
    private BenchDatabase database;

    private BenchServer(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** The MariaDB the server runs on, or null when it started its embedded one. */
    BenchDatabase database() {
        return database;
    }

    static BenchServer start(String name, String heap, Map<String, String> extraEnvironment) throws Exception {
        return launch(name, name, heap, extraEnvironment, null);
    }

    /**
     * A second node on the first one's database (issue 21's two-node runs): no demo content of its own (the first
     * made it), a library index of its own, its log in {@code bench/out/server-<name>-<node>.log}.
     */
    static BenchServer joining(BenchServer first, String name, int node, String heap,
                               Map<String, String> extraEnvironment) throws Exception {
        if (first.database == null) {
            throw new IllegalStateException("several nodes need a MariaDB server (SAMRAD_BENCH_DB_URL or 127.0.0.1:3306)");
        }
        Map<String, String> env = new java.util.HashMap<>(extraEnvironment);
        env.put("SAMRAD_DEMO_ENABLED", "false");
        return launch(name, name + "-" + node, heap, env, first.database);
    }

    private static BenchServer launch(String name, String node, String heap, Map<String, String> extraEnvironment,
                                      BenchDatabase shared) throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run `mvn -B package -DskipTests` first (bench/run does)");
        }
        int port = ServerProcess.freePort();
        Path out = Path.of("bench", "out");
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap));
        // The collector recommended for deployment (infra/Dockerfile, README): ZGC's pauses stay under a
        // millisecond, where G1's young collections made the library's p99 27-30 ms instead of 16 ms.
        // BENCH_SERVER_GC=G1 (or Parallel, Serial) compares.
        command.add("-XX:+Use" + envOr("BENCH_SERVER_GC", "Z") + "GC");
        // Extra options for the server JVM only, e.g. a flight recording:
        // BENCH_SERVER_JVM_ARGS="-XX:StartFlightRecording=filename=bench/out/library.jfr,settings=profile"
        String extra = System.getenv("BENCH_SERVER_JVM_ARGS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("server-" + node + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        env.put("SAMRAD_DEMO_ENABLED", "true");
        env.put("SAMRAD_DEMO_PASSWORD", DEMO_PASSWORD);
        env.put("SAMRAD_RATE_LIMIT_SIGN_IN_PER_MINUTE", "100000000");
        // SAMRAD_BENCH_DB_NAME lets benchmarks run side by side on one MariaDB (each drops and recreates its own).
        BenchDatabase database = shared != null ? shared
                : BenchDatabase.fresh(envOr("SAMRAD_BENCH_DB_NAME", "samrad_bench_" + name));
        if (database != null) {
            env.put("DATASOURCES_DEFAULT_URL", database.jdbcUrl());
            env.put("DATASOURCES_DEFAULT_USERNAME", database.user());
            env.put("DATASOURCES_DEFAULT_PASSWORD", database.password());
            System.out.println("bench: MariaDB " + database.jdbcUrl());
        } else {
            Path dataDir = Path.of("target", "bench-data", name).toAbsolutePath();
            deleteRecursively(dataDir);
            env.remove("DATASOURCES_DEFAULT_URL");
            env.put("SAMRAD_DATA_DIR", dataDir.toString());
            System.out.println("bench: embedded MariaDB in " + dataDir);
        }
        // The library's search index is derived from the database: a fresh one per run, never in ./data.
        Path index = Path.of("target", "bench-data", node, "library-index").toAbsolutePath();
        deleteRecursively(index);
        env.put("SAMRAD_LIBRARY_INDEX_DIR", index.toString());
        env.putAll(extraEnvironment);
        BenchServer server = new BenchServer(builder.start(), URI.create("http://127.0.0.1:" + port + "/"));
        server.database = database;
        server.awaitHealthy(Duration.ofMinutes(2));
        return server;
    }

    /** {@code count} clients of the server, each signed in as {@code email} (the demo password). */
    List<WebClient> signedIn(int count, String email) {
        return signedIn(base(), count, email);
    }

    /** {@code count} clients of the server at {@code base}, each signed in as {@code email}. */
    static List<WebClient> signedIn(URI base, int count, String email) {
        List<WebClient> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            WebClient client = new WebClient(base);
            client.signIn(email, DEMO_PASSWORD);
            clients.add(client);
        }
        return clients;
    }

    /** {@code count} anonymous clients of the server. */
    List<WebClient> anonymous(int count) {
        List<WebClient> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clients.add(new WebClient(base()));
        }
        return clients;
    }

    URI base() {
        return base;
    }

    /** The server's process id (for attaching to it, e.g. to read its heap). */
    long pid() {
        return process.pid();
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        try {
            ServerProcess.awaitHealthy(process, base, timeout, "bench/out/");
        } catch (IllegalStateException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
