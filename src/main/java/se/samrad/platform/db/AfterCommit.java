package se.samrad.platform.db;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import se.samrad.platform.cluster.Invalidations;

import java.sql.Connection;

/**
 * Runs an invalidation of an in-memory cache now and, when called inside a transaction, once more when that
 * transaction has ended (committed or rolled back), then on every other node ({@link Invalidations}). A reader on
 * another connection that read the old rows while the transaction was open may have cached them after the first
 * run; the second run drops that.
 */
@Singleton
public class AfterCommit {

    private final TransactionOperations<Connection> transactions;
    private final Invalidations invalidations;

    public AfterCommit(TransactionOperations<Connection> transactions, Invalidations invalidations) {
        this.transactions = transactions;
        this.invalidations = invalidations;
    }

    /**
     * Whether the caller is inside a transaction that may write: what it reads there may still roll back, so a
     * cache must not remember it for others.
     */
    public boolean insideWritingTransaction() {
        return transactions.findTransactionStatus()
                .filter(status -> !status.getTransactionDefinition().isReadOnly().orElse(false)).isPresent();
    }

    /**
     * Forgets {@code key} in the cache registered as {@code cache} with {@link Invalidations}: here at once, and on
     * every node once the transaction has ended (at once outside one), since other nodes read only committed rows.
     */
    public void invalidate(String cache, String key) {
        var status = transactions.findTransactionStatus();
        if (status.isEmpty()) {
            invalidations.invalidate(cache, key);
            return;
        }
        invalidations.forgetHere(cache, key);
        status.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(Status completed) {
                invalidations.invalidate(cache, key);
            }
        });
    }

    /** Runs {@code work} now outside a transaction, else once the transaction has committed (never on rollback). */
    public void run(Runnable work) {
        var status = transactions.findTransactionStatus();
        if (status.isEmpty()) {
            work.run();
            return;
        }
        status.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    /** {@link #invalidate(String, String)} for everything in the cache. */
    public void invalidateAll(String cache) {
        invalidate(cache, "");
    }
}
