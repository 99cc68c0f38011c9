package se.samrad.dialogue;

import se.samrad.platform.db.Jdbc;
import se.samrad.platform.db.Placeholders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The multi-row statements of a submission, on the connection of {@link SubmissionStore}'s transaction: complete
 * responses inserted many per statement (their new ids read back with RETURNING), their free-text rows.
 */
final class ResponseInserts {

    static final String COMPLETE_COLUMNS = "(dialogue_id, version_id, client_key, lang, state, started_at,"
            + " updated_at, submitted_at, district, age_band, gender, home_lang, answers)";
    static final String COMPLETE_VALUES = "(?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final int COMPLETE_PARAMETERS = 13;
    private static final String ANSWER_COLUMNS = "(dialogue_id, response_id, question_key, option_key, seq,"
            + " number_value, text_value, lang, district, age_band, gender, home_lang)";
    private static final String ANSWER_VALUES = "(?,?,?,?,?,?,?,?,?,?,?,?)";
    /** Rows per multi-row insert of a batch, well below the protocol's 65,535 placeholders. */
    private static final int ROWS_PER_STATEMENT = 500;
    private static final int ANSWER_ROWS_PER_STATEMENT = 2000;
    /** Free text per insert of answer rows, so that a statement stays well below max_allowed_packet (16 MB). */
    private static final long TEXT_CHARS_PER_STATEMENT = 1_000_000;

    private ResponseInserts() {
    }

    static String key(CompleteResponse r) {
        return r.dialogueId() + " " + r.clientKey();
    }

    static void setComplete(PreparedStatement insert, int from, CompleteResponse r) throws SQLException {
        insert.setLong(from, r.dialogueId());
        insert.setLong(from + 1, r.versionId());
        insert.setString(from + 2, r.clientKey());
        insert.setString(from + 3, r.lang());
        insert.setString(from + 4, StoredResponse.SUBMITTED);
        Timestamp at = Timestamp.from(r.at());
        insert.setTimestamp(from + 5, at);
        insert.setTimestamp(from + 6, at);
        insert.setTimestamp(from + 7, at);
        setGroups(insert, from + 8, r.groups());
        insert.setString(from + 12, PackedAnswers.pack(r.rows()));
    }

    static void setGroups(PreparedStatement statement, int from, Groups groups) throws SQLException {
        statement.setString(from, groups.district());
        statement.setString(from + 1, groups.ageBand());
        statement.setString(from + 2, groups.gender());
        statement.setString(from + 3, groups.homeLanguage());
    }

    /** The responses already stored under the client ids at {@code indexes} of the batch. */
    static Map<String, Long> existingByClientKeys(Connection c, List<CompleteResponse> batch, List<Integer> indexes)
            throws SQLException {
        Map<Long, List<String>> byDialogue = new TreeMap<>();
        for (int i : indexes) {
            byDialogue.computeIfAbsent(batch.get(i).dialogueId(), d -> new ArrayList<>()).add(batch.get(i).clientKey());
        }
        Map<String, Long> existing = new HashMap<>();
        for (Map.Entry<Long, List<String>> dialogue : byDialogue.entrySet()) {
            List<String> keys = dialogue.getValue();
            for (int from = 0; from < keys.size(); from += ROWS_PER_STATEMENT) {
                List<Object> args = new ArrayList<>();
                args.add(dialogue.getKey());
                args.addAll(keys.subList(from, Math.min(keys.size(), from + ROWS_PER_STATEMENT)));
                Jdbc.forEach(c, "SELECT client_key, id FROM dialogue_response WHERE dialogue_id = ? AND client_key IN ("
                        + Placeholders.list(args.size() - 1) + ")",
                        rs -> existing.put(dialogue.getKey() + " " + rs.getString(1), rs.getLong(2)), args.toArray());
            }
        }
        return existing;
    }

    /** Inserts the responses at {@code indexes} of the batch, putting their new ids into {@code ids}. */
    static void insertResponses(Connection c, List<CompleteResponse> batch, List<Integer> indexes, long[] ids)
            throws SQLException {
        for (int from = 0; from < indexes.size(); from += ROWS_PER_STATEMENT) {
            List<Integer> chunk = indexes.subList(from, Math.min(indexes.size(), from + ROWS_PER_STATEMENT));
            // RETURNING gives every new row's id (generated keys of a multi-row insert name only the first).
            String sql = "INSERT INTO dialogue_response " + COMPLETE_COLUMNS + " VALUES "
                    + Placeholders.rows(COMPLETE_VALUES, chunk.size()) + " RETURNING dialogue_id, client_key, id";
            Map<String, Integer> index = new HashMap<>();
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                int p = 1;
                for (int i : chunk) {
                    CompleteResponse r = batch.get(i);
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

    /**
     * Inserts the free-text rows of responses (the rest is packed on the response row) with multi-row inserts
     * (several, for many rows).
     */
    static void insertAnswerRows(Connection c, List<AnsweredResponse> responses) throws SQLException {
        List<AnsweredResponse> pending = new ArrayList<>();
        int rows = 0;
        long chars = 0;
        for (AnsweredResponse answered : responses) {
            List<AnswerRow> texts = answered.rows().stream().filter(r -> r.text() != null).toList();
            if (texts.isEmpty()) {
                continue;
            }
            long text = texts.stream().mapToLong(r -> r.text().length()).sum();
            if (rows > 0 && (rows + texts.size() > ANSWER_ROWS_PER_STATEMENT
                    || chars + text > TEXT_CHARS_PER_STATEMENT)) {
                insertAnswerStatement(c, pending, rows);
                pending.clear();
                rows = 0;
                chars = 0;
            }
            pending.add(new AnsweredResponse(answered.dialogueId(), answered.responseId(), answered.lang(),
                    answered.groups(), texts));
            rows += texts.size();
            chars += text;
        }
        if (rows > 0) {
            insertAnswerStatement(c, pending, rows);
        }
    }

    private static void insertAnswerStatement(Connection c, List<AnsweredResponse> responses, int rows)
            throws SQLException {
        String sql = "INSERT INTO dialogue_answer " + ANSWER_COLUMNS + " VALUES " + Placeholders.rows(ANSWER_VALUES, rows);
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            int p = 1;
            for (AnsweredResponse response : responses) {
                for (AnswerRow row : response.rows()) {
                    insert.setLong(p++, response.dialogueId());
                    insert.setLong(p++, response.responseId());
                    insert.setString(p++, row.questionKey());
                    insert.setString(p++, row.optionKey());
                    insert.setInt(p++, row.seq());
                    Jdbc.setDouble(insert, p++, row.number());
                    insert.setString(p++, row.text());
                    insert.setString(p++, response.lang());
                    setGroups(insert, p, response.groups());
                    p += 4;
                }
            }
            insert.executeUpdate();
        }
    }
}
