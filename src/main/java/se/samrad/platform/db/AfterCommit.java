package se.samrad.platform.db;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;

/**
 * Runs an invalidation of an in-memory cache now and, when called inside a transaction, once more when that
 * transaction has ended (committed or rolled back). A reader on another connection that read the old rows
 * while the transaction was open may have cached them after the first run; the second run drops that.
 */
@Singleton
public class AfterCommit {

    private final TransactionOperations<Connection> transactions;

    public AfterCommit(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Whether the caller is inside a transaction that may write: what it reads there may still roll back, so a
     * cache must not remember it for others.
     */
    public boolean insideWritingTransaction() {
        return transactions.findTransactionStatus()
                .filter(status -> !status.getTransactionDefinition().isReadOnly().orElse(false)).isPresent();
    }

    public void invalidate(Runnable invalidation) {
        invalidation.run();
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(Status completed) {
                        invalidation.run();
                    }
                }));
    }
}
