package se.samrad.dialogue;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import se.samrad.platform.db.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Submissions: a response row with its answers packed on it, its free texts as rows of their own and additions to
 * the running totals, in one short transaction; {@link ResponseWriter} stores many complete responses in one
 * (group commit). Each is a transaction of its own (REQUIRES_NEW), even when called within another: a
 * submission is acknowledged only once committed, and one chosen as a deadlock's victim is run again, which
 * needs a transaction that begins and ends here. READ COMMITTED, since it only inserts new rows and adds to
 * totals, and needs none of REPEATABLE READ's gap locks (which make concurrent inserts wait on each other).
 */
@Singleton
class SubmissionStore {

    private static final TransactionDefinition SUBMISSION = submission();

    private final TransactionOperations<Connection> transactions;
    private final ResponseRepository responses;

    SubmissionStore(TransactionOperations<Connection> transactions, ResponseRepository responses) {
        this.transactions = transactions;
        this.responses = responses;
    }

    private static TransactionDefinition submission() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
                TransactionDefinition.Propagation.REQUIRES_NEW);
        definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return definition;
    }

    private <T> T inTransaction(Jdbc.Work<T> work) {
        return transactions.execute(SUBMISSION, status -> Jdbc.unchecked(work, status.getConnection()));
    }

    /**
     * Submits an in-progress response with its answer rows. Returns false, storing nothing, when it had already
     * been submitted: a repeated submission stores one answer, not two.
     */
    boolean submit(StoredResponse response, List<AnswerRow> rows, Groups groups, String lang, Instant now) {
        return retried(() -> inTransaction(c -> {
            int changed;
            try (PreparedStatement update = c.prepareStatement("UPDATE dialogue_response SET state = ?,"
                    + " submitted_at = ?, updated_at = ?, draft = NULL, district = ?, age_band = ?, gender = ?,"
                    + " home_lang = ?, answers = ?, lang = ? WHERE id = ? AND state = ?")) {
                update.setString(1, StoredResponse.SUBMITTED);
                update.setTimestamp(2, Timestamp.from(now));
                update.setTimestamp(3, Timestamp.from(now));
                ResponseInserts.setGroups(update, 4, groups);
                update.setString(8, PackedAnswers.pack(rows));
                update.setString(9, lang);
                update.setLong(10, response.id());
                update.setString(11, StoredResponse.IN_PROGRESS);
                changed = update.executeUpdate();
            }
            if (changed == 1) {
                addAnswers(c, new AnsweredResponse(response.dialogueId(), response.id(), lang, groups, rows));
            }
            return changed == 1;
        }));
    }

    /**
     * Stores one complete response: sending the same client id again stores nothing and returns the response
     * stored the first time. {@link ResponseWriter} stores many at once with {@link #submitAll}; this is its way
     * for a batch the database refused, one response at a time.
     */
    Submission submitComplete(CompleteResponse r) {
        return retried(() -> {
            try {
                return inTransaction(c -> {
                    long[] id = new long[1];
                    ResponseInserts.insertResponses(c, List.of(r), List.of(0), id);
                    addAnswers(c, new AnsweredResponse(r.dialogueId(), id[0], r.lang(), r.groups(), r.rows()));
                    return new Submission(id[0], true);
                });
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof SQLIntegrityConstraintViolationException) {
                    return new Submission(responses.idByClientKey(r.dialogueId(), r.clientKey())
                            .orElseThrow(() -> new IllegalStateException("Duplicate response vanished")), false);
                }
                throw e;
            }
        });
    }

    private static void addAnswers(Connection c, AnsweredResponse response) throws java.sql.SQLException {
        ResponseInserts.insertAnswerRows(c, List.of(response));
        TallyStore.add(c, List.of(response), (int) (response.responseId() % TallyStore.SHARDS));
    }

    /**
     * Stores complete responses in ONE transaction (group commit: one log flush for all of them), with their
     * answers, free-text rows and one addition per total (on one shard, {@code shard}). Returns one submission per
     * response, in order: a client id already stored (by an earlier transaction, or earlier in this list) stores
     * nothing and returns the response stored first. Throws, having stored nothing, when the database refuses
     * any part.
     */
    List<Submission> submitAll(List<CompleteResponse> batch, int shard) {
        // The first of each client id in the list is stored; later ones point at it.
        Map<String, Integer> firstOf = new HashMap<>();
        int[] sameAs = new int[batch.size()];
        List<Integer> firsts = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Integer first = firstOf.putIfAbsent(ResponseInserts.key(batch.get(i)), i);
            sameAs[i] = first == null ? -1 : first;
            if (first == null) {
                firsts.add(i);
            }
        }
        long[] ids = new long[batch.size()];
        boolean[] stored = new boolean[batch.size()];
        try {
            // Client ids are normally new: insert first, and only when one was stored before look them up.
            inTransaction(c -> store(c, batch, firsts, Map.of(), ids, stored, shard));
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof SQLIntegrityConstraintViolationException)) {
                throw e;
            }
            inTransaction(c -> store(c, batch, firsts,
                    ResponseInserts.existingByClientKeys(c, batch, firsts), ids, stored, shard));
        }
        List<Submission> submissions = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            submissions.add(sameAs[i] == -1 ? new Submission(ids[i], stored[i]) : new Submission(ids[sameAs[i]], false));
        }
        return submissions;
    }

    /** Stores the responses at {@code firsts} not {@code existing} (whose ids go into {@code ids}). */
    private static Void store(Connection c, List<CompleteResponse> batch, List<Integer> firsts,
                              Map<String, Long> existing, long[] ids, boolean[] stored, int shard)
            throws java.sql.SQLException {
        List<Integer> fresh = new ArrayList<>();
        for (int i : firsts) {
            Long earlier = existing.get(ResponseInserts.key(batch.get(i)));
            if (earlier != null) {
                ids[i] = earlier;
            } else {
                fresh.add(i);
            }
        }
        ResponseInserts.insertResponses(c, batch, fresh, ids);
        List<AnsweredResponse> answered = new ArrayList<>(fresh.size());
        for (int i : fresh) {
            CompleteResponse r = batch.get(i);
            answered.add(new AnsweredResponse(r.dialogueId(), ids[i], r.lang(), r.groups(), r.rows()));
        }
        ResponseInserts.insertAnswerRows(c, answered);
        TallyStore.add(c, answered, shard);
        for (int i : fresh) {
            stored[i] = true;
        }
        return null;
    }

    /** Runs a transaction again (up to three times) when the database chose it as a deadlock's victim. */
    private static <T> T retried(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof SQLTransactionRollbackException) || attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
