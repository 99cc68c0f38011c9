package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;

/**
 * Fetches from Kolada's API in the background, one at a time per organisation, so the page answers at once and then
 * shows how far the fetch has come (pages read, values so far) and, when it is done, the report of what changed.
 * The state lives on the node that runs the fetch, until the organisation's next fetch.
 */
@Singleton
class KoladaFetches {

    private static final Logger LOG = LoggerFactory.getLogger(KoladaFetches.class);

    enum State { RUNNING, DONE, FAILED }

    /** A fetch: its state, the pages read, the running total (the report when done) and the error when it failed. */
    record Fetch(State state, int pages, KoladaImport.Result soFar, @Nullable String errorKey, Instant startedAt) {

        static Fetch started(Instant at) {
            return new Fetch(State.RUNNING, 0, new KoladaImport.Result(new IndicatorValues.Report(0, 0, 0), 0), null, at);
        }

        Fetch page(KoladaImport.Result total) {
            return new Fetch(state, pages + 1, total, null, startedAt);
        }

        Fetch done(KoladaImport.Result total) {
            return new Fetch(State.DONE, pages, total, null, startedAt);
        }

        Fetch failed(String key) {
            return new Fetch(State.FAILED, pages, soFar, key, startedAt);
        }
    }

    private final KoladaImport kolada;
    private final IndicatorPermissions permissions;
    private final ExecutorService executor;
    private final Clock clock;
    private final ConcurrentMap<Long, Fetch> fetches = new ConcurrentHashMap<>();

    KoladaFetches(KoladaImport kolada, IndicatorPermissions permissions,
                  @Named(TaskExecutors.BLOCKING) ExecutorService executor, Clock clock) {
        this.kolada = kolada;
        this.permissions = permissions;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Starts a fetch for the user's organisation unless one is running (then that one goes on); throws with the
     * message key to show when none can start (Kolada not configured, nothing to fetch).
     */
    void start(CurrentUser user) {
        long organisationId = permissions.requireEdit(user);
        kolada.checkRefresh(organisationId);
        Fetch started = Fetch.started(clock.instant());
        Fetch running = fetches.compute(organisationId, (id, old) ->
                old != null && old.state() == State.RUNNING ? old : started);
        if (running != started) {
            return;
        }
        executor.execute(() -> {
            try {
                KoladaImport.Result result = kolada.refresh(organisationId, user,
                        total -> fetches.computeIfPresent(organisationId, (id, f) -> f.page(total)));
                fetches.computeIfPresent(organisationId, (id, f) -> f.done(result));
            } catch (InvalidRequestException e) {
                fetches.computeIfPresent(organisationId, (id, f) -> f.failed(e.messageKey()));
            } catch (RuntimeException e) {
                LOG.error("Kolada fetch of organisation {} failed", organisationId, e);
                fetches.computeIfPresent(organisationId, (id, f) -> f.failed("indicator.kolada.error.unreachable"));
            }
        });
    }

    /** The organisation's running or last fetch on this node. */
    Optional<Fetch> of(CurrentUser user) {
        return Optional.ofNullable(fetches.get(permissions.requireEdit(user)));
    }
}
