package se.samrad;

import io.micronaut.runtime.Micronaut;
import se.samrad.platform.db.EmbeddedDatabase;

import java.nio.file.Path;
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
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (context.isRunning()) {
                    context.stop();
                }
                db.close();
            }, "samrad-embedded-db-stop"));
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
