package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.cluster.Invalidations;
import se.samrad.platform.db.AfterCommit;
import se.samrad.platform.db.ShortCache;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The goal catalogue as the rest of Samråd reads it: the built-in frameworks (held in memory, reloaded after
 * an import) and an organisation's own frameworks (read from the database, never shown to anyone else, and
 * remembered for a few seconds: a target's page looks them up once per linked dialogue question and option).
 */
@Singleton
public class GoalCatalogue {

    /** How long another server's change to an organisation's own frameworks may go unseen here. */
    private static final Duration OWN_FRAMEWORKS_TTL = Duration.ofSeconds(10);
    private static final String OWN_FRAMEWORKS = "own-frameworks";
    private static final String BUILT_IN = "built-in-frameworks";

    private final CatalogueStore store;
    private final BuiltInFrameworks builtIns;
    private final AfterCommit afterCommit;
    private final ShortCache<Long, List<Framework>> ownFrameworks;
    private volatile List<Framework> builtIn;

    GoalCatalogue(CatalogueStore store, BuiltInFrameworks builtIns, AfterCommit afterCommit, Clock clock,
                  Invalidations invalidations) {
        this.store = store;
        this.builtIns = builtIns;
        this.afterCommit = afterCommit;
        this.ownFrameworks = new ShortCache<>(clock, OWN_FRAMEWORKS_TTL, 10_000);
        invalidations.register(OWN_FRAMEWORKS, key -> ownFrameworks.invalidateAll());
        invalidations.register(BUILT_IN, key -> builtIn = null);
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

    /** The built-in frameworks changed (an import): every node reads them again when next asked. */
    public void reload() {
        afterCommit.invalidateAll(BUILT_IN);
    }

    public Framework agenda2030() {
        return builtIn().stream().filter(f -> f.key().equals(Framework.AGENDA_2030)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Agenda 2030 is not in the catalogue"));
    }

    /**
     * One organisation's own frameworks (none for null). Inside a transaction that may write (one changing them),
     * read from the database and not remembered: others must not see what may still roll back.
     */
    public List<Framework> owned(@Nullable Long organisationId) {
        if (organisationId == null) {
            return List.of();
        }
        return afterCommit.insideWritingTransaction() ? store.load(organisationId)
                : ownFrameworks.get(organisationId, () -> store.load(organisationId));
    }

    /** Whoever changes an organisation's own frameworks calls this inside the changing transaction. */
    void ownFrameworksChanged() {
        afterCommit.invalidateAll(OWN_FRAMEWORKS);
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
        return owned(organisationId).stream().filter(f -> f.key().equals(key)).findFirst()
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
