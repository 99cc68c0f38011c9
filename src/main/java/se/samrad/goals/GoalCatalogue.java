package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.NotFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The goal catalogue as the rest of Samråd reads it: the built-in frameworks (held in memory, reloaded after
 * an import) and an organisation's own frameworks (read from the database, never shown to anyone else).
 */
@Singleton
public class GoalCatalogue {

    private final CatalogueStore store;
    private final BuiltInFrameworks builtIns;
    private volatile List<Framework> builtIn;

    GoalCatalogue(CatalogueStore store, BuiltInFrameworks builtIns) {
        this.store = store;
        this.builtIns = builtIns;
    }

    /** Agenda 2030, the national objectives and the models, in display order. */
    public List<Framework> builtIn() {
        List<Framework> current = builtIn;
        if (current == null) {
            synchronized (this) {
                if (builtIn == null) {
                    builtIns.ensureLoaded();
                    builtIn = store.load(null);
                }
                current = builtIn;
            }
        }
        return current;
    }

    /** Reads the built-in frameworks again after they changed (an import). */
    public synchronized void reload() {
        builtIn = store.load(null);
    }

    public Framework agenda2030() {
        return builtIn().stream().filter(f -> f.key().equals(Framework.AGENDA_2030)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Agenda 2030 is not in the catalogue"));
    }

    /** One organisation's own frameworks (none for null). */
    public List<Framework> owned(@Nullable Long organisationId) {
        return organisationId == null ? List.of() : store.load(organisationId);
    }

    /** The built-in frameworks and the organisation's own. */
    public List<Framework> visibleTo(@Nullable Long organisationId) {
        List<Framework> all = new ArrayList<>(builtIn());
        all.addAll(owned(organisationId));
        return all;
    }

    /** A framework by key; another organisation's framework is "not found". */
    public Framework framework(String key, @Nullable Long organisationId) {
        Optional<Framework> builtInMatch = builtIn().stream().filter(f -> f.key().equals(key)).findFirst();
        if (builtInMatch.isPresent()) {
            return builtInMatch.get();
        }
        return store.loadByKey(key)
                .filter(f -> f.organisationId() != null && f.organisationId().equals(organisationId))
                .orElseThrow(() -> new NotFoundException("framework"));
    }

    /** A goal or target of a framework the organisation may see. */
    public GoalElement element(String frameworkKey, String code, @Nullable Long organisationId) {
        return framework(frameworkKey, organisationId).element(code)
                .orElseThrow(() -> new NotFoundException("goal element"));
    }

    /** An element by id among the built-in frameworks and the organisation's own. */
    public Optional<GoalElement> element(long id, @Nullable Long organisationId) {
        return visibleTo(organisationId).stream().flatMap(f -> f.elements().stream())
                .filter(e -> e.id() == id).findFirst();
    }

    /** The goal a target belongs to (itself for a goal). */
    public GoalElement goalOf(GoalElement element, @Nullable Long organisationId) {
        return framework(element.frameworkKey(), organisationId).goalOf(element);
    }
}
