package se.samrad;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import se.samrad.platform.db.EmbeddedDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts Samråd. When no database is configured it first starts an embedded MariaDB whose data lives in
 * {@code SAMRAD_DATA_DIR} (default {@code ./data}), so a fresh machine needs nothing but a JDK.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Map<String, Object> properties = new HashMap<>();
        EmbeddedDatabase embedded = null;
        if (setting("DATASOURCES_DEFAULT_URL", "datasources.default.url") == null) {
            String dataDir = setting("SAMRAD_DATA_DIR", "samrad.data-dir");
            embedded = EmbeddedDatabase.start(Path.of(dataDir == null ? "data" : dataDir), "samrad");
            properties.put("datasources.default.url", embedded.jdbcUrl());
            properties.put("datasources.default.username", embedded.username());
            properties.put("datasources.default.password", "");
            properties.put("samrad.database.embedded", true);
        }
        var context = Micronaut.build(args).banner(false).properties(properties).mainClass(Application.class).start();
        if (embedded != null) {
            EmbeddedDatabase db = embedded;
            // Stop the database after the application context, which still needs it while shutting down.
            // Micronaut's own shutdown hook stops the server and the context; stopping the context here as well
            // deadlocked with it (each held the lock the other wanted), so this waits for it instead.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                awaitStopped(context, Duration.ofSeconds(30));
                db.close();
            }, "samrad-embedded-db-stop"));
        }
    }

    /** Waits until the context has stopped, at most {@code timeout}; stops it itself only if nothing else did. */
    private static void awaitStopped(ApplicationContext context, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (context.isRunning() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (context.isRunning()) {
            context.stop();
        }
    }

    private static String setting(String environmentVariable, String systemProperty) {
        String value = System.getProperty(systemProperty);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
