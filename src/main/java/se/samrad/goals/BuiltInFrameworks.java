package se.samrad.goals;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Brings the built-in frameworks in the database in line with {@code goals/frameworks/*.json} at start-up:
 * the first start creates them, a later release's corrected titles update them, and imported official texts
 * are never touched. Safe to run on every start and on several nodes (it changes nothing when in line).
 */
@Singleton
public class BuiltInFrameworks implements ApplicationEventListener<StartupEvent> {

    /** The files under {@code goals/frameworks/}, one framework each. */
    static final List<String> FILES = List.of("agenda2030", "miljokvalitetsmal", "folkhalsa", "doughnut");
    private static final Logger LOG = LoggerFactory.getLogger(BuiltInFrameworks.class);

    private final CatalogueStore store;
    private final ObjectMapper json;
    private volatile boolean loaded;

    BuiltInFrameworks(CatalogueStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        ensureLoaded();
    }

    synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            ChangeReport report = store.apply(definition(file), null);
            if (!report.isEmpty()) {
                LOG.info("Goal framework {}: {}", file, report);
            }
        }
        loaded = true;
    }

    FrameworkDefinition definition(String file) {
        String path = "goals/frameworks/" + file + ".json";
        try (InputStream in = BuiltInFrameworks.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return json.readValue(in, FrameworkDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
