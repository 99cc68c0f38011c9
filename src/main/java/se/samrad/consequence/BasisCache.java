package se.samrad.consequence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import se.samrad.platform.cluster.Invalidations;
import se.samrad.platform.db.AfterCommit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each case's decision basis, built once per version of the case and language and shared by the page, the PDF, the
 * DOCX and the public feedback page. Every write to the case, its alternatives, its cells or its decision forgets
 * the case's bases on every node ({@link Invalidations}, through {@link AfterCommit}); {@link #TTL} bounds what
 * changes outside the case (new dialogue answers as evidence, people's and units' names) and an invalidation
 * missed while a node was cut off.
 */
@Singleton
class BasisCache {

    static final Duration TTL = Duration.ofMinutes(2);
    static final String CACHE = "consequence-basis";

    /** A case's bases by language. Forgetting drops the whole holder, so a build under way lands in an orphan. */
    private record PerCase(Map<String, DecisionBasis.Basis> byLang) {
    }

    private final Cache<Long, PerCase> cache = Caffeine.newBuilder().maximumSize(500).expireAfterWrite(TTL).build();
    private final AfterCommit afterCommit;

    BasisCache(AfterCommit afterCommit, Invalidations invalidations) {
        this.afterCommit = afterCommit;
        invalidations.registerNumbered(CACHE, cache);
    }

    DecisionBasis.Basis get(long caseId, String lang, Supplier<DecisionBasis.Basis> build) {
        if (afterCommit.insideWritingTransaction()) {
            return build.get();
        }
        PerCase holder = cache.get(caseId, id -> new PerCase(new ConcurrentHashMap<>()));
        DecisionBasis.Basis basis = holder.byLang().get(lang);
        if (basis == null) {
            // Built outside the map's lock: one language's build does not hold up another's.
            basis = build.get();
            holder.byLang().putIfAbsent(lang, basis);
        }
        return basis;
    }

    /** Forgets the case's bases now and, inside a transaction, again once it has ended. */
    void forget(long caseId) {
        afterCommit.invalidate(CACHE, Long.toString(caseId));
    }
}
