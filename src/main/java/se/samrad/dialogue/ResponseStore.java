package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import se.samrad.platform.db.Placeholders;
import se.samrad.platform.db.ShortCache;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Responses and their answers in MariaDB, with plain JDBC: the resident's path is the hot one, so a
 * submission is one short transaction (the response row with its answers packed on it, its free texts as rows of
 * their own, additions to the running totals), and unfiltered results read only the totals.
 */
@Singleton
class ResponseStore {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String SUBMITTED = "SUBMITTED";
    private static final String ANSWER_COLUMNS = "(dialogue_id, response_id, question_key, option_key, seq, number_value,"
            + " text_value, lang, district, age_band, gender, home_lang)";
    private static final String ANSWER_VALUES = "(?,?,?,?,?,?,?,?,?,?,?,?)";
    /** How long the counts of a filtered view are kept for its next viewer (they stay true while nothing is added). */
    private static final Duration FILTERED_KEPT = Duration.ofHours(1);

    private final DataSource dataSource;
    private final ShortCache<Filtered, Counts> filtered;

    ResponseStore(DataSource dataSource, Clock clock) {
        // Outside @Transactional the injected data source hands out no connections; this class runs its own.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.filtered = new ShortCache<>(clock, FILTERED_KEPT, 1_000);
    }

    /** A response as stored (the draft is JSON of {@link Answers}). */
    record StoredResponse(long id, long dialogueId, long versionId, String lang, String state, @Nullable String draft,
                          @Nullable Long codeId, Instant startedAt, @Nullable Instant submittedAt) {

        boolean submitted() {
            return SUBMITTED.equals(state);
        }
    }

    /** One answer row ready to insert. */
    record AnswerRow(String questionKey, @Nullable String optionKey, int seq, @Nullable Double number,
                     @Nullable String text) {
    }

    /** The groups a respondent belongs to (option keys of the background questions), copied onto every row. */
    record Groups(@Nullable String district, @Nullable String ageBand, @Nullable String gender,
                  @Nullable String homeLanguage) {
        static final Groups NONE = new Groups(null, null, null, null);
    }

    /**
     * Starts a response reachable by {@code tokenHash}; starting again with the same token (a double click, a
     * retried request) returns the response already started.
     */
    StoredResponse start(long dialogueId, long versionId, String tokenHash, String lang, @Nullable Long codeId,
                         @Nullable Contact contact, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT IGNORE INTO dialogue_response (dialogue_id,"
                    + " version_id, token_hash, lang, state, draft, code_id, started_at, updated_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, dialogueId);
                insert.setLong(2, versionId);
                insert.setString(3, tokenHash);
                insert.setString(4, lang);
                insert.setString(5, IN_PROGRESS);
                insert.setString(6, "{\"values\":{},\"other\":{}}");
                setLong(insert, 7, codeId);
                insert.setTimestamp(8, Timestamp.from(now));
                insert.setTimestamp(9, Timestamp.from(now));
                if (insert.executeUpdate() == 1 && contact != null) {
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        insertContact(c, keys.getLong(1), dialogueId, contact);
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return byToken(dialogueId, tokenHash).orElseThrow();
    }

    /** Who a resident said they are, in a dialogue that is not anonymous (both optional). */
    record Contact(@Nullable String name, @Nullable String email) {
    }

    private static void insertContact(Connection c, long responseId, long dialogueId, Contact contact)
            throws SQLException {
        if (contact.name() == null && contact.email() == null) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO dialogue_contact (response_id, dialogue_id, name, email) VALUES (?,?,?,?)")) {
            insert.setLong(1, responseId);
            insert.setLong(2, dialogueId);
            insert.setString(3, contact.name());
            insert.setString(4, contact.email());
            insert.executeUpdate();
        }
    }

    /** Submitted responses that left contact details, for sending feedback. */
    List<Contact> contacts(long dialogueId) {
        return query("SELECT c.name, c.email FROM dialogue_contact c JOIN dialogue_response r ON r.id = c.response_id"
                + " WHERE c.dialogue_id = ? AND r.state = ? ORDER BY c.response_id",
                rs -> new Contact(rs.getString(1), rs.getString(2)), dialogueId, SUBMITTED);
    }

    /** Responses (submitted or not) that hold contact details. */
    long contactCount(long dialogueId) {
        return query("SELECT COUNT(*) FROM dialogue_contact WHERE dialogue_id = ?", rs -> rs.getLong(1), dialogueId)
                .get(0);
    }

    /** Erases every contact detail given in a dialogue (once feedback has been sent); the answers stay. */
    int eraseContacts(long dialogueId) {
        return update("DELETE FROM dialogue_contact WHERE dialogue_id = ?", dialogueId);
    }

    /** Points a response at a new private link (a participation code used again continues its response). */
    void rekey(long responseId, String tokenHash) {
        update("UPDATE dialogue_response SET token_hash = ? WHERE id = ? AND state = ?", tokenHash, responseId,
                IN_PROGRESS);
    }

    Optional<StoredResponse> byToken(long dialogueId, String tokenHash) {
        return one("SELECT * FROM dialogue_response WHERE dialogue_id = ? AND token_hash = ?", dialogueId, tokenHash);
    }

    Optional<StoredResponse> byId(long id) {
        return one("SELECT * FROM dialogue_response WHERE id = ?", id);
    }

    /** Keeps a resident's answers so far; nothing happens once the response has been submitted. */
    boolean saveDraft(long responseId, String draft, String lang, Instant now) {
        return update("UPDATE dialogue_response SET draft = ?, lang = ?, updated_at = ? WHERE id = ? AND state = ?",
                draft, lang, Timestamp.from(now), responseId, IN_PROGRESS) == 1;
    }

    /**
     * Submits an in-progress response with its answer rows, in one transaction. Returns false, storing nothing,
     * when it had already been submitted: a repeated submission stores one answer, not two.
     */
    boolean submit(StoredResponse response, List<AnswerRow> rows, Groups groups, Instant now) {
        return retried(() -> submitOnce(response, rows, groups, now));
    }

    private boolean submitOnce(StoredResponse response, List<AnswerRow> rows, Groups groups, Instant now)
            throws SQLException {
        try (Connection c = writer()) {
            try {
                int changed;
                try (PreparedStatement update = c.prepareStatement("UPDATE dialogue_response SET state = ?,"
                        + " submitted_at = ?, updated_at = ?, draft = NULL, district = ?, age_band = ?, gender = ?,"
                        + " home_lang = ?, answers = ? WHERE id = ? AND state = ?")) {
                    update.setString(1, SUBMITTED);
                    update.setTimestamp(2, Timestamp.from(now));
                    update.setTimestamp(3, Timestamp.from(now));
                    setGroups(update, 4, groups);
                    update.setString(8, PackedAnswers.pack(rows));
                    update.setLong(9, response.id());
                    update.setString(10, IN_PROGRESS);
                    changed = update.executeUpdate();
                }
                if (changed == 1) {
                    insertAnswers(c, response.dialogueId(), response.id(), response.lang(), groups, rows);
                }
                c.commit();
                return changed == 1;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * A connection for a submission's transaction: READ COMMITTED, since it only inserts new rows and adds to
     * totals, and needs none of REPEATABLE READ's gap locks (which make concurrent inserts wait on each other).
     * The pool resets isolation and auto-commit when the connection goes back.
     */
    Connection writer() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        c.setAutoCommit(false);
        return c;
    }

    private interface Transaction<T> {
        T run() throws SQLException;
    }

    /** Runs a transaction again (up to three times) when the database chose it as a deadlock's victim. */
    private static <T> T retried(Transaction<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.run();
            } catch (java.sql.SQLTransactionRollbackException e) {
                if (attempt == 3) {
                    throw new IllegalStateException(e);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A complete response sent in one request (the JSON API), keyed by the client's id. */
    record Complete(long dialogueId, long versionId, String clientKey, String lang, List<AnswerRow> rows,
                    Groups groups, Instant at) {
    }

    /**
     * Stores one complete response in its own transaction: sending the same client id again stores nothing and
     * returns the response stored the first time. {@link ResponseWriter} stores many at once with
     * {@link #submitAll}; this is its way for a batch the database refused, one response at a time.
     */
    Submission submitComplete(Complete response) {
        return retried(() -> submitCompleteOnce(response));
    }

    private Submission submitCompleteOnce(Complete r) throws SQLException {
        try (Connection c = writer()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO dialogue_response " + COMPLETE_COLUMNS
                    + " VALUES " + COMPLETE_VALUES, Statement.RETURN_GENERATED_KEYS)) {
                setComplete(insert, 1, r);
                insert.executeUpdate();
                long id;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                insertAnswers(c, r.dialogueId(), id, r.lang(), r.groups(), r.rows());
                c.commit();
                return new Submission(id, true);
            } catch (SQLIntegrityConstraintViolationException duplicate) {
                c.rollback();
                return new Submission(existingByClientKey(r.dialogueId(), r.clientKey()), false);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static final String COMPLETE_COLUMNS = "(dialogue_id, version_id, client_key, lang, state, started_at,"
            + " updated_at, submitted_at, district, age_band, gender, home_lang, answers)";
    private static final String COMPLETE_VALUES = "(?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final int COMPLETE_PARAMETERS = 13;
    /** Rows per multi-row insert of a batch, well below the protocol's 65,535 placeholders. */
    private static final int ROWS_PER_STATEMENT = 500;
    private static final int ANSWER_ROWS_PER_STATEMENT = 2000;
    /** Free text per insert of answer rows, so that a statement stays well below max_allowed_packet (16 MB). */
    private static final long TEXT_CHARS_PER_STATEMENT = 1_000_000;

    private static void setComplete(PreparedStatement insert, int from, Complete r) throws SQLException {
        insert.setLong(from, r.dialogueId());
        insert.setLong(from + 1, r.versionId());
        insert.setString(from + 2, r.clientKey());
        insert.setString(from + 3, r.lang());
        insert.setString(from + 4, SUBMITTED);
        Timestamp at = Timestamp.from(r.at());
        insert.setTimestamp(from + 5, at);
        insert.setTimestamp(from + 6, at);
        insert.setTimestamp(from + 7, at);
        setGroups(insert, from + 8, r.groups());
        insert.setString(from + 12, PackedAnswers.pack(r.rows()));
    }

    /**
     * Stores complete responses in ONE transaction (group commit: one log flush for all of them), with their
     * answers, free-text rows and one addition per total (on one shard, {@code shard}). Returns one submission per response,
     * in order: a client id already stored (by an earlier transaction, or earlier in this list) stores nothing
     * and returns the response stored first. Throws, having stored nothing (rolled back), when the database
     * refuses any part. {@code c} comes from {@link #writer()} and is left open, for the next batch.
     */
    List<Submission> submitAll(Connection c, List<Complete> batch, int shard) throws SQLException {
        // The first of each client id in the list is stored; later ones point at it.
        Map<String, Integer> firstOf = new java.util.HashMap<>();
        int[] sameAs = new int[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Integer first = firstOf.putIfAbsent(key(batch.get(i)), i);
            sameAs[i] = first == null ? -1 : first;
        }
        long[] ids = new long[batch.size()];
        boolean[] stored = new boolean[batch.size()];
        try {
            // Client ids are normally new: insert first, and only when one was stored before look them up.
            List<Integer> fresh = fresh(batch, sameAs, Map.of(), ids);
            try {
                insertResponses(c, batch, fresh, ids);
            } catch (SQLIntegrityConstraintViolationException sentBefore) {
                c.rollback();
                fresh = fresh(batch, sameAs, existingByClientKeys(c, batch, sameAs), ids);
                insertResponses(c, batch, fresh, ids);
            }
            List<AnsweredResponse> answered = new ArrayList<>(fresh.size());
            for (int i : fresh) {
                stored[i] = true;
                Complete r = batch.get(i);
                answered.add(new AnsweredResponse(r.dialogueId(), ids[i], r.lang(), r.groups(), r.rows()));
            }
            insertAnswerRows(c, answered);
            addToTally(c, answered, shard);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
        List<Submission> submissions = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            submissions.add(sameAs[i] == -1 ? new Submission(ids[i], stored[i]) : new Submission(ids[sameAs[i]], false));
        }
        return submissions;
    }

    /** The first of each client id not {@code existing} (whose ids go into {@code ids}), in order. */
    private static List<Integer> fresh(List<Complete> batch, int[] sameAs, Map<String, Long> existing, long[] ids) {
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Long earlier = sameAs[i] == -1 ? existing.get(key(batch.get(i))) : null;
            if (earlier != null) {
                ids[i] = earlier;
            } else if (sameAs[i] == -1) {
                fresh.add(i);
            }
        }
        return fresh;
    }

    private static String key(Complete r) {
        return r.dialogueId() + " " + r.clientKey();
    }

    /** The responses already stored under the client ids of the list (those not repeated within it). */
    private static Map<String, Long> existingByClientKeys(Connection c, List<Complete> batch, int[] sameAs)
            throws SQLException {
        Map<Long, List<String>> byDialogue = new java.util.TreeMap<>();
        for (int i = 0; i < batch.size(); i++) {
            if (sameAs[i] == -1) {
                byDialogue.computeIfAbsent(batch.get(i).dialogueId(), d -> new ArrayList<>()).add(batch.get(i).clientKey());
            }
        }
        Map<String, Long> existing = new java.util.HashMap<>();
        for (Map.Entry<Long, List<String>> dialogue : byDialogue.entrySet()) {
            List<String> keys = dialogue.getValue();
            for (int from = 0; from < keys.size(); from += ROWS_PER_STATEMENT) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + ROWS_PER_STATEMENT));
                try (PreparedStatement select = c.prepareStatement("SELECT client_key, id FROM dialogue_response"
                        + " WHERE dialogue_id = ? AND client_key IN ("
                        + Placeholders.list(chunk.size()) + ")")) {
                    select.setLong(1, dialogue.getKey());
                    for (int k = 0; k < chunk.size(); k++) {
                        select.setString(k + 2, chunk.get(k));
                    }
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            existing.put(dialogue.getKey() + " " + rs.getString(1), rs.getLong(2));
                        }
                    }
                }
            }
        }
        return existing;
    }

    /** Inserts the responses at {@code indexes} of the batch, putting their new ids into {@code ids}. */
    private static void insertResponses(Connection c, List<Complete> batch, List<Integer> indexes, long[] ids)
            throws SQLException {
        for (int from = 0; from < indexes.size(); from += ROWS_PER_STATEMENT) {
            List<Integer> chunk = indexes.subList(from, Math.min(indexes.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("INSERT INTO dialogue_response ").append(COMPLETE_COLUMNS)
                    .append(" VALUES ").append(Placeholders.rows(COMPLETE_VALUES, chunk.size()));
            // RETURNING gives every new row's id (generated keys of a multi-row insert name only the first).
            sql.append(" RETURNING dialogue_id, client_key, id");
            Map<String, Integer> index = new java.util.HashMap<>();
            try (PreparedStatement insert = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (int i : chunk) {
                    Complete r = batch.get(i);
                    setComplete(insert, p, r);
                    p += COMPLETE_PARAMETERS;
                    index.put(key(r), i);
                }
                int returned = 0;
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        Integer i = index.get(rs.getLong(1) + " " + rs.getString(2));
                        if (i == null) {
                            throw new SQLException("Unexpected row returned by the insert");
                        }
                        ids[i] = rs.getLong(3);
                        returned++;
                    }
                }
                if (returned != chunk.size()) {
                    throw new SQLException("Inserted " + returned + " responses of " + chunk.size());
                }
            }
        }
    }
    record Submission(long responseId, boolean stored) {
    }

    private long existingByClientKey(long dialogueId, String clientKey) {
        return query("SELECT id FROM dialogue_response WHERE dialogue_id = ? AND client_key = ?",
                rs -> rs.getLong(1), dialogueId, clientKey).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Duplicate response vanished"));
    }

    /** A stored response's answer rows, to insert and count. */
    private record AnsweredResponse(long dialogueId, long responseId, String lang, Groups groups, List<AnswerRow> rows) {
    }

    private static void insertAnswers(Connection c, long dialogueId, long responseId, String lang, Groups groups,
                                      List<AnswerRow> rows) throws SQLException {
        List<AnsweredResponse> one = List.of(new AnsweredResponse(dialogueId, responseId, lang, groups, rows));
        insertAnswerRows(c, one);
        addToTally(c, one, (int) (responseId % TALLY_SHARDS));
    }

    /**
     * Inserts the free-text rows of responses (the rest is packed on the response row) with multi-row inserts
     * (several, for many rows).
     */
    private static void insertAnswerRows(Connection c, List<AnsweredResponse> responses) throws SQLException {
        List<AnsweredResponse> pending = new ArrayList<>();
        int rows = 0;
        long chars = 0;
        for (AnsweredResponse answered : responses) {
            List<AnswerRow> texts = answered.rows().stream().filter(r -> r.text() != null).toList();
            if (texts.isEmpty()) {
                continue;
            }
            AnsweredResponse response = new AnsweredResponse(answered.dialogueId(), answered.responseId(),
                    answered.lang(), answered.groups(), texts);
            long text = texts.stream().mapToLong(r -> r.text().length()).sum();
            if (rows > 0 && (rows + texts.size() > ANSWER_ROWS_PER_STATEMENT
                    || chars + text > TEXT_CHARS_PER_STATEMENT)) {
                insertAnswerStatement(c, pending, rows);
                pending.clear();
                rows = 0;
                chars = 0;
            }
            pending.add(response);
            rows += texts.size();
            chars += text;
        }
        if (rows > 0) {
            insertAnswerStatement(c, pending, rows);
        }
    }

    private static void insertAnswerStatement(Connection c, List<AnsweredResponse> responses, int rows)
            throws SQLException {
        String sql = "INSERT INTO dialogue_answer " + ANSWER_COLUMNS + " VALUES "
                + Placeholders.rows(ANSWER_VALUES, rows);
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            int p = 1;
            for (AnsweredResponse response : responses) {
                for (AnswerRow row : response.rows()) {
                    insert.setLong(p++, response.dialogueId());
                    insert.setLong(p++, response.responseId());
                    insert.setString(p++, row.questionKey());
                    insert.setString(p++, row.optionKey());
                    insert.setInt(p++, row.seq());
                    setDouble(insert, p++, row.number());
                    insert.setString(p++, row.text());
                    insert.setString(p++, response.lang());
                    setGroups(insert, p, response.groups());
                    p += 4;
                }
            }
            insert.executeUpdate();
        }
    }

    static final int TALLY_SHARDS = 64;
    /** The question and option key of the total that counts a dialogue's submitted responses. */
    private static final String RESPONSES = "";

    /** One running total's increment. */
    private record Increment(long dialogueId, String question, String option, long answers, long respondents,
                             double total, @Nullable Double min, @Nullable Double max) {

        /** What one answer row adds to its total. */
        static Increment of(long dialogueId, AnswerRow row) {
            return new Increment(dialogueId, row.questionKey(), row.optionKey() == null ? "" : row.optionKey(), 1,
                    row.seq() == 0 ? 1 : 0, row.number() == null ? 0 : row.number(), row.number(), row.number());
        }

        /** Adds this to the running sum of its total in {@code totals}. */
        void addTo(Map<TotalKey, Increment> totals) {
            totals.merge(new TotalKey(dialogueId, question, option), this, Increment::plus);
        }

        Increment plus(Increment b) {
            return new Increment(dialogueId, question, option, answers + b.answers, respondents + b.respondents,
                    total + b.total, least(min, b.min), greatest(max, b.max));
        }
    }

    /** Orders totals as their primary key does (for one shard), so every writer locks them in the same order. */
    private record TotalKey(long dialogueId, String question, String option) implements Comparable<TotalKey> {
        @Override
        public int compareTo(TotalKey o) {
            int c = Long.compare(dialogueId, o.dialogueId);
            if (c == 0) {
                c = question.compareTo(o.question);
            }
            return c != 0 ? c : option.compareTo(o.option);
        }
    }

    /**
     * Adds responses' rows to the running totals of one shard, summed per total, in one statement, in key order,
     * so that two transactions that touch the same totals take their row locks in the same order (one waits, none
     * deadlocks). The rows normally exist already ({@link #prepareTally}); one that does not is created.
     */
    private static void addToTally(Connection c, List<AnsweredResponse> responses, int shard) throws SQLException {
        java.util.TreeMap<TotalKey, Increment> increments = new java.util.TreeMap<>();
        for (AnsweredResponse response : responses) {
            new Increment(response.dialogueId(), RESPONSES, RESPONSES, 1, 1, 0, null, null).addTo(increments);
            for (AnswerRow row : response.rows()) {
                Increment.of(response.dialogueId(), row).addTo(increments);
            }
        }
        if (increments.isEmpty()) {
            return;
        }
        List<Increment> all = new ArrayList<>(increments.values());
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            List<Increment> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("INSERT INTO dialogue_tally (dialogue_id, question_key, option_key,"
                    + " shard, answers, respondents, total, min_value, max_value) VALUES ")
                    .append(Placeholders.rows("(?,?,?,?,?,?,?,?,?)", chunk.size()));
            sql.append(" ON DUPLICATE KEY UPDATE answers = answers + VALUES(answers), respondents = respondents"
                    + " + VALUES(respondents), total = total + VALUES(total), min_value = LEAST(COALESCE(min_value,"
                    + " VALUES(min_value)), COALESCE(VALUES(min_value), min_value)), max_value = GREATEST("
                    + "COALESCE(max_value, VALUES(max_value)), COALESCE(VALUES(max_value), max_value))");
            try (PreparedStatement upsert = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (Increment inc : chunk) {
                    upsert.setLong(p++, inc.dialogueId());
                    upsert.setString(p++, inc.question());
                    upsert.setString(p++, inc.option());
                    upsert.setInt(p++, shard);
                    upsert.setLong(p++, inc.answers());
                    upsert.setLong(p++, inc.respondents());
                    upsert.setDouble(p++, inc.total());
                    setDouble(upsert, p++, inc.min());
                    setDouble(upsert, p++, inc.max());
                }
                upsert.executeUpdate();
            }
        }
    }

    /**
     * Creates the running totals of every question and value, so that submissions only ever update existing
     * rows (creating the same row from two transactions at once is what deadlocks).
     */
    void prepareTally(long dialogueId, Questionnaire questionnaire) {
        List<String[]> keys = new ArrayList<>();
        keys.add(new String[] {RESPONSES, RESPONSES});
        for (Question q : questionnaire.questions()) {
            List<String> values = q.type() == QuestionType.NUMBER || q.type().isText() ? List.of("") : q.allowedValues();
            values.forEach(v -> keys.add(new String[] {q.key(), v}));
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT IGNORE INTO dialogue_tally (dialogue_id, question_key, option_key, shard) VALUES (?,?,?,?)")) {
            for (String[] key : keys) {
                for (int shard = 0; shard < TALLY_SHARDS; shard++) {
                    insert.setLong(1, dialogueId);
                    insert.setString(2, key[0]);
                    insert.setString(3, key[1]);
                    insert.setInt(4, shard);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // Not one conditional expression: with a double operand it would unbox a null Double.
    private static @Nullable Double least(@Nullable Double a, @Nullable Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Double.valueOf(Math.min(a, b));
    }

    private static @Nullable Double greatest(@Nullable Double a, @Nullable Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Double.valueOf(Math.max(a, b));
    }

    private static void setDouble(PreparedStatement s, int index, @Nullable Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, java.sql.Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }

    private static void setGroups(PreparedStatement statement, int from, Groups groups) throws SQLException {
        statement.setString(from, groups.district());
        statement.setString(from + 1, groups.ageBand());
        statement.setString(from + 2, groups.gender());
        statement.setString(from + 3, groups.homeLanguage());
    }

    /** Counts per question and option (or scale value) among submitted answers matching the filter. */
    record Tally(String questionKey, @Nullable String optionKey, long count, long respondents, double sum,
                 double min, double max) {
    }

    List<Tally> tally(long dialogueId, ResultFilter filter) {
        return filter.isAll() ? runningTotals(dialogueId) : counts(dialogueId, filter).tallies();
    }

    /** Submitted responses matching the filter. */
    long respondents(long dialogueId, ResultFilter filter) {
        return filter.isAll() ? submitted(dialogueId) : counts(dialogueId, filter).respondents();
    }

    /** A view's counts per question and option, and how many respondents it covers. */
    record Counts(List<Tally> tallies, long respondents) {
    }

    /** A filtered view's counts, for the dialogue with so many submitted responses. */
    private record Filtered(long dialogueId, ResultFilter filter, long submitted) {
    }

    /**
     * A view's counts. Everyone's are the running totals. A filtered view's are read from the matching responses
     * (a scan: MariaDB reads most of the dialogue's rows for a group as large as a district) and kept for the
     * next view while the dialogue has as many submitted responses as before. A submitted response never changes
     * and is never deleted on its own (only with its dialogue), so an unchanged number means unchanged counts, on
     * any server; the number is read before the scan, so a response submitted meanwhile only makes the next view
     * read again.
     */
    Counts counts(long dialogueId, ResultFilter filter) {
        long submitted = submitted(dialogueId);
        if (filter.isAll()) {
            return new Counts(runningTotals(dialogueId), submitted);
        }
        return filtered.get(new Filtered(dialogueId, filter, submitted), () -> scan(dialogueId, filter));
    }

    private List<Tally> runningTotals(long dialogueId) {
        return query("SELECT question_key, option_key, SUM(answers), SUM(respondents), SUM(total),"
                + " COALESCE(MIN(min_value), 0), COALESCE(MAX(max_value), 0) FROM dialogue_tally WHERE dialogue_id = ?"
                + " AND question_key <> ? GROUP BY question_key, option_key HAVING SUM(answers) > 0",
                rs -> new Tally(rs.getString(1), rs.getString(2).isEmpty() ? null : rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)), dialogueId, RESPONSES);
    }

    /** The dialogue's submitted responses, from the running totals. */
    private long submitted(long dialogueId) {
        return query("SELECT COALESCE(SUM(answers), 0) FROM dialogue_tally WHERE dialogue_id = ? AND question_key = ?"
                + " AND option_key = ?", rs -> rs.getLong(1), dialogueId, RESPONSES, RESPONSES).get(0);
    }

    /** Counts from the answers of the submitted responses that match the filter, read afresh (not kept). */
    List<Tally> countAnswers(long dialogueId, ResultFilter filter) {
        return scan(dialogueId, filter).tallies();
    }

    /**
     * Counts from the answers packed on the submitted responses that match the filter (their groups and language
     * are on the response row, under an index), read one after another and added up here.
     */
    private Counts scan(long dialogueId, ResultFilter filter) {
        Matching matching = submittedMatching("answers", dialogueId, filter);
        Map<TotalKey, Increment> totals = new java.util.TreeMap<>();
        long[] respondents = {0};
        stream(matching.sql(), rs -> {
            respondents[0]++;
            for (AnswerRow row : PackedAnswers.unpack(rs.getString(1))) {
                Increment.of(dialogueId, row).addTo(totals);
            }
        }, matching.args());
        return new Counts(totals.values().stream().map(t -> new Tally(t.question(),
                t.option().isEmpty() ? null : t.option(), t.answers(), t.respondents(), t.total(),
                t.min() == null ? 0 : t.min(), t.max() == null ? 0 : t.max())).toList(), respondents[0]);
    }

    /** A query of the dialogue's submitted responses that match a filter, and its arguments. */
    private record Matching(String sql, Object[] args) {
    }

    private static Matching submittedMatching(String select, long dialogueId, ResultFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT ").append(select)
                .append(" FROM dialogue_response WHERE dialogue_id = ? AND state = ?");
        List<Object> args = new ArrayList<>(List.of(dialogueId, SUBMITTED));
        filter.conditions().forEach((column, value) -> {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        });
        return new Matching(sql.toString(), args.toArray());
    }

    long inProgress(long dialogueId) {
        return query("SELECT COUNT(*) FROM dialogue_response WHERE dialogue_id = ? AND state = ?", rs -> rs.getLong(1),
                dialogueId, IN_PROGRESS).get(0);
    }

    /** A free-text answer (or an "other, please specify"), with the targets a moderator tagged it with. */
    public record TextAnswer(long id, long responseId, String questionKey, @Nullable String optionKey, String text,
                      String lang, boolean hidden, List<Long> targets) {
    }

    /** Free-text answers to one question, newest first, optionally containing {@code search}. */
    List<TextAnswer> texts(long dialogueId, String questionKey, ResultFilter filter, @Nullable String search,
                           boolean includeHidden, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT id, response_id, question_key, option_key, text_value, lang, hidden"
                + " FROM dialogue_answer WHERE dialogue_id = ? AND question_key = ? AND text_value IS NOT NULL");
        List<Object> args = new ArrayList<>(List.of(dialogueId, questionKey));
        filter.conditions().forEach((column, value) -> {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        });
        if (search != null && !search.isBlank()) {
            sql.append(" AND text_value LIKE ?");
            args.add("%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (!includeHidden) {
            sql.append(" AND hidden = FALSE");
        }
        sql.append(" ORDER BY id DESC LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        List<TextAnswer> answers = query(sql.toString(), rs -> new TextAnswer(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), List.of()),
                args.toArray());
        return withTargets(answers);
    }

    /** Free-text answers tagged with any of these goal elements (evidence), not hidden. */
    List<TextAnswer> textsTagged(long dialogueId, Collection<Long> elementIds) {
        if (elementIds.isEmpty()) {
            return List.of();
        }
        String marks = Placeholders.list(elementIds.size());
        List<Object> args = new ArrayList<>(List.of(dialogueId));
        args.addAll(elementIds);
        List<TextAnswer> answers = query("SELECT DISTINCT a.id, a.response_id, a.question_key, a.option_key,"
                + " a.text_value, a.lang, a.hidden FROM dialogue_answer_target t JOIN dialogue_answer a ON a.id = t.answer_id"
                + " WHERE t.dialogue_id = ? AND t.element_id IN (" + marks + ") AND a.hidden = FALSE ORDER BY a.id DESC",
                rs -> new TextAnswer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBoolean(7), List.of()), args.toArray());
        return withTargets(answers);
    }

    private List<TextAnswer> withTargets(List<TextAnswer> answers) {
        if (answers.isEmpty()) {
            return answers;
        }
        Map<Long, List<Long>> targets = new java.util.HashMap<>();
        String marks = Placeholders.list(answers.size());
        query("SELECT answer_id, element_id FROM dialogue_answer_target WHERE answer_id IN (" + marks + ")"
                        + " ORDER BY element_id",
                rs -> targets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)),
                answers.stream().map(TextAnswer::id).toArray());
        return answers.stream().map(a -> new TextAnswer(a.id(), a.responseId(), a.questionKey(), a.optionKey(),
                a.text(), a.lang(), a.hidden(), targets.getOrDefault(a.id(), List.of()))).toList();
    }

    /** Hides or restores a free-text answer; false when it is not one of this dialogue's. */
    boolean setHidden(long dialogueId, long answerId, boolean hidden) {
        return update("UPDATE dialogue_answer SET hidden = ? WHERE id = ? AND dialogue_id = ? AND text_value IS NOT NULL",
                hidden, answerId, dialogueId) == 1;
    }

    /** Replaces the targets a free-text answer is tagged with; false when it is not one of this dialogue's. */
    boolean setTargets(long dialogueId, long answerId, Collection<Long> elementIds) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM dialogue_answer WHERE id = ? AND"
                        + " dialogue_id = ? AND text_value IS NOT NULL FOR UPDATE")) {
                    check.setLong(1, answerId);
                    check.setLong(2, dialogueId);
                    try (ResultSet rs = check.executeQuery()) {
                        if (!rs.next()) {
                            c.rollback();
                            return false;
                        }
                    }
                }
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM dialogue_answer_target WHERE answer_id = ?")) {
                    delete.setLong(1, answerId);
                    delete.executeUpdate();
                }
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO dialogue_answer_target (answer_id, dialogue_id, element_id) VALUES (?,?,?)")) {
                    for (Long element : new java.util.LinkedHashSet<>(elementIds)) {
                        insert.setLong(1, answerId);
                        insert.setLong(2, dialogueId);
                        insert.setLong(3, element);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One submitted response with all its answer rows, for exports. */
    record ExportedResponse(long id, String lang, Instant submittedAt, List<AnswerRow> answers) {
    }

    /** Streams every submitted response in submission order, without holding them all in memory. */
    void eachSubmitted(long dialogueId, Consumer<ExportedResponse> sink) {
        // A response's row comes once per free text it has (at least once), its texts in the order written.
        String sql = "SELECT r.id, r.lang, r.submitted_at, r.answers, a.question_key, a.seq, a.text_value"
                + " FROM dialogue_response r LEFT JOIN dialogue_answer a ON a.response_id = r.id"
                + " WHERE r.dialogue_id = ? AND r.state = ? ORDER BY r.id, a.id";
        long[] current = {-1};
        ExportedResponse[] pending = {null};
        Map<String, String> texts = new java.util.HashMap<>();
        stream(sql, rs -> {
            long id = rs.getLong(1);
            if (id != current[0]) {
                if (pending[0] != null) {
                    sink.accept(withTexts(pending[0], texts));
                }
                current[0] = id;
                texts.clear();
                pending[0] = new ExportedResponse(id, rs.getString(2), rs.getTimestamp(3).toInstant(),
                        PackedAnswers.unpack(rs.getString(4)));
            }
            if (rs.getString(5) != null) {
                texts.put(rs.getString(5) + " " + rs.getInt(6), rs.getString(7));
            }
        }, dialogueId, SUBMITTED);
        if (pending[0] != null) {
            sink.accept(withTexts(pending[0], texts));
        }
    }

    /** The response with each packed row's free text (keyed by question and seq) put back. */
    private static ExportedResponse withTexts(ExportedResponse response, Map<String, String> texts) {
        if (texts.isEmpty()) {
            return response;
        }
        List<AnswerRow> rows = response.answers().stream().map(row -> {
            String text = texts.get(row.questionKey() + " " + row.seq());
            return text == null ? row : new AnswerRow(row.questionKey(), row.optionKey(), row.seq(), row.number(), text);
        }).toList();
        return new ExportedResponse(response.id(), response.lang(), response.submittedAt(), rows);
    }

    /** Answer rows of the dialogue's submitted responses (packed ones, free texts among them). */
    long answerRows(long dialogueId) {
        long[] rows = {0};
        stream("SELECT answers FROM dialogue_response WHERE dialogue_id = ? AND state = ?",
                rs -> rows[0] += PackedAnswers.unpack(rs.getString(1)).size(), dialogueId, SUBMITTED);
        return rows[0];
    }

    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Hands each row of the query to {@code consumer} as it arrives, without holding the result in memory. */
    private void stream(String sql, RowConsumer consumer, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(1000);
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<StoredResponse> one(String sql, Object... args) {
        return query(sql, rs -> new StoredResponse(rs.getLong("id"), rs.getLong("dialogue_id"), rs.getLong("version_id"),
                rs.getString("lang"), rs.getString("state"), rs.getString("draft"), nullableLong(rs, "code_id"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant()), args)
                .stream().findFirst();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        List<T> result = new ArrayList<>();
        stream(sql, rs -> result.add(mapper.map(rs)), args);
        return result;
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }

    private static void setLong(PreparedStatement s, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, java.sql.Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }
}
