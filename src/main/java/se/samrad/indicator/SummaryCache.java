package se.samrad.indicator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import se.samrad.platform.cluster.Invalidations;
import se.samrad.platform.db.AfterCommit;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Every indicator's figures per organisation as the lists show them (list, follow-up table, deviations): computed
 * once, kept until something of the organisation's indicators changes (each write invalidates it on every node,
 * see {@link Invalidations}), and at most {@link #TTL}, which bounds a change missed while a node was cut off.
 */
@Singleton
class SummaryCache {

    static final Duration TTL = Duration.ofMinutes(2);

    private final Cache<Long, List<IndicatorFigures.Figures>> cache = Caffeine.newBuilder().maximumSize(200)
            .expireAfterWrite(TTL).build();
    private final AfterCommit afterCommit;

    private static final String CACHE = "indicator-summaries";

    SummaryCache(AfterCommit afterCommit, Invalidations invalidations) {
        this.afterCommit = afterCommit;
        invalidations.registerNumbered(CACHE, cache);
    }

    List<IndicatorFigures.Figures> get(long organisationId, Function<Long, List<IndicatorFigures.Figures>> load) {
        return cache.get(organisationId, load);
    }

    /** Forgets the organisation's figures at once and again when the writing transaction ends. */
    void invalidate(long organisationId) {
        afterCommit.invalidate(CACHE, Long.toString(organisationId));
    }
}
