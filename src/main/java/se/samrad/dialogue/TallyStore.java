package se.samrad.dialogue;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import se.samrad.platform.db.Jdbc;
import se.samrad.platform.db.Placeholders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The running totals of every dialogue ({@code dialogue_tally}): per question and option, split over
 * {@link #SHARDS} rows so that concurrent writers seldom add to the same row; reading them sums the shards.
 * Unfiltered results read only these. Everything runs on the caller's connection (its transaction, if any).
 */
@Singleton
class TallyStore {

    static final int SHARDS = 64;
    /** The question and option key of the total that counts a dialogue's submitted responses. */
    static final String RESPONSES = "";
    /** Totals per upsert statement, well below the protocol's 65,535 placeholders. */
    private static final int ROWS_PER_STATEMENT = 500;

    private final ConnectionOperations<Connection> connections;

    TallyStore(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /**
     * Creates the running totals of every question and value, so that submissions only ever update existing
     * rows (creating the same row from two transactions at once is what deadlocks).
     */
    void prepare(long dialogueId, Questionnaire questionnaire) {
        List<String[]> keys = new ArrayList<>();
        keys.add(new String[] {RESPONSES, RESPONSES});
        for (Question q : questionnaire.questions()) {
            List<String> values = q.type() == QuestionType.NUMBER || q.type().isText() ? List.of("") : q.allowedValues();
            values.forEach(v -> keys.add(new String[] {q.key(), v}));
        }
        Jdbc.write(connections, c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT IGNORE INTO dialogue_tally (dialogue_id, question_key, option_key, shard) VALUES (?,?,?,?)")) {
                for (String[] key : keys) {
                    for (int shard = 0; shard < SHARDS; shard++) {
                        insert.setLong(1, dialogueId);
                        insert.setString(2, key[0]);
                        insert.setString(3, key[1]);
                        insert.setInt(4, shard);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /**
     * Adds responses' rows to the running totals of one shard, summed per total, in key order, so that two
     * transactions that touch the same totals take their row locks in the same order (one waits, none
     * deadlocks). The rows normally exist already ({@link #prepare}); one that does not is created.
     */
    static void add(Connection c, List<AnsweredResponse> responses, int shard) throws SQLException {
        TreeMap<TallyIncrement.Key, TallyIncrement> increments = new TreeMap<>();
        for (AnsweredResponse response : responses) {
            new TallyIncrement(response.dialogueId(), RESPONSES, RESPONSES, 1, 1, 0, null, null).addTo(increments);
            for (AnswerRow row : response.rows()) {
                TallyIncrement.of(response.dialogueId(), row).addTo(increments);
            }
        }
        List<TallyIncrement> all = new ArrayList<>(increments.values());
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            upsert(c, all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT)), shard);
        }
    }

    private static void upsert(Connection c, List<TallyIncrement> chunk, int shard) throws SQLException {
        String sql = "INSERT INTO dialogue_tally (dialogue_id, question_key, option_key, shard, answers, respondents,"
                + " total, min_value, max_value) VALUES " + Placeholders.rows("(?,?,?,?,?,?,?,?,?)", chunk.size())
                + " ON DUPLICATE KEY UPDATE answers = answers + VALUES(answers), respondents = respondents"
                + " + VALUES(respondents), total = total + VALUES(total), min_value = LEAST(COALESCE(min_value,"
                + " VALUES(min_value)), COALESCE(VALUES(min_value), min_value)), max_value = GREATEST("
                + "COALESCE(max_value, VALUES(max_value)), COALESCE(VALUES(max_value), max_value))";
        try (PreparedStatement upsert = c.prepareStatement(sql)) {
            int p = 1;
            for (TallyIncrement inc : chunk) {
                upsert.setLong(p++, inc.dialogueId());
                upsert.setString(p++, inc.question());
                upsert.setString(p++, inc.option());
                upsert.setInt(p++, shard);
                upsert.setLong(p++, inc.answers());
                upsert.setLong(p++, inc.respondents());
                upsert.setDouble(p++, inc.total());
                Jdbc.setDouble(upsert, p++, inc.min());
                Jdbc.setDouble(upsert, p++, inc.max());
            }
            upsert.executeUpdate();
        }
    }

    /** Everyone's counts per question and option, from the running totals. */
    List<Tally> totals(long dialogueId) {
        return Jdbc.read(connections, c -> Jdbc.list(c, "SELECT question_key, option_key,"
                + " SUM(answers), SUM(respondents), SUM(total), COALESCE(MIN(min_value), 0), COALESCE(MAX(max_value), 0)"
                + " FROM dialogue_tally WHERE dialogue_id = ? AND question_key <> ? GROUP BY question_key, option_key"
                + " HAVING SUM(answers) > 0",
                rs -> new Tally(rs.getString(1), rs.getString(2).isEmpty() ? null : rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)), dialogueId, RESPONSES));
    }

    /** The dialogue's submitted responses, from the running totals. */
    long submitted(long dialogueId) {
        return Jdbc.read(connections, c -> Jdbc.list(c, "SELECT COALESCE(SUM(answers), 0)"
                + " FROM dialogue_tally WHERE dialogue_id = ? AND question_key = ? AND option_key = ?",
                rs -> rs.getLong(1), dialogueId, RESPONSES, RESPONSES).get(0));
    }
}
