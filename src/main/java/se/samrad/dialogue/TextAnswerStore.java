package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import se.samrad.platform.db.Jdbc;
import se.samrad.platform.db.Placeholders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Free-text answers ({@code dialogue_answer} rows with a text) for moderation: reading, searching, hiding, tagging. */
@Singleton
class TextAnswerStore {

    private static final String COLUMNS = "a.id, a.response_id, a.question_key, a.option_key, a.text_value, a.lang,"
            + " a.hidden";

    private final ConnectionOperations<Connection> connections;
    private final TransactionOperations<Connection> transactions;

    TextAnswerStore(ConnectionOperations<Connection> connections, TransactionOperations<Connection> transactions) {
        this.connections = connections;
        this.transactions = transactions;
    }

    /** Free-text answers to one question, newest first, optionally containing {@code search}. */
    List<TextAnswer> texts(long dialogueId, String questionKey, ResultFilter filter, @Nullable String search,
                           boolean includeHidden, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM dialogue_answer a"
                + " WHERE dialogue_id = ? AND question_key = ? AND text_value IS NOT NULL");
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
        return Jdbc.read(connections, c -> withTargets(c, Jdbc.list(c, sql.toString(), TextAnswerStore::answer,
                args.toArray())));
    }

    /** Free-text answers tagged with any of these goal elements (evidence), not hidden. */
    List<TextAnswer> textsTagged(long dialogueId, Collection<Long> elementIds) {
        if (elementIds.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(List.of(dialogueId));
        args.addAll(elementIds);
        String sql = "SELECT DISTINCT " + COLUMNS + " FROM dialogue_answer_target t JOIN dialogue_answer a"
                + " ON a.id = t.answer_id WHERE t.dialogue_id = ? AND t.element_id IN ("
                + Placeholders.list(elementIds.size()) + ") AND a.hidden = FALSE ORDER BY a.id DESC";
        return Jdbc.read(connections, c -> withTargets(c, Jdbc.list(c, sql, TextAnswerStore::answer, args.toArray())));
    }

    private static TextAnswer answer(ResultSet rs) throws SQLException {
        return new TextAnswer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), List.of());
    }

    private static List<TextAnswer> withTargets(Connection c, List<TextAnswer> answers) throws SQLException {
        if (answers.isEmpty()) {
            return answers;
        }
        Map<Long, List<Long>> targets = new HashMap<>();
        Jdbc.forEach(c, "SELECT answer_id, element_id FROM dialogue_answer_target WHERE answer_id IN ("
                        + Placeholders.list(answers.size()) + ") ORDER BY element_id",
                rs -> targets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)),
                answers.stream().map(TextAnswer::id).toArray());
        return answers.stream().map(a -> new TextAnswer(a.id(), a.responseId(), a.questionKey(), a.optionKey(),
                a.text(), a.lang(), a.hidden(), targets.getOrDefault(a.id(), List.of()))).toList();
    }

    /** Hides or restores a free-text answer; false when it is not one of this dialogue's. */
    boolean setHidden(long dialogueId, long answerId, boolean hidden) {
        return Jdbc.write(connections, c -> Jdbc.update(c, "UPDATE dialogue_answer SET hidden = ? WHERE id = ? AND"
                + " dialogue_id = ? AND text_value IS NOT NULL", hidden, answerId, dialogueId)) == 1;
    }

    /** Replaces the targets a free-text answer is tagged with; false when it is not one of this dialogue's. */
    boolean setTargets(long dialogueId, long answerId, Collection<Long> elementIds) {
        return transactions.executeWrite(status -> Jdbc.unchecked(c -> {
            if (Jdbc.list(c, "SELECT 1 FROM dialogue_answer WHERE id = ? AND dialogue_id = ? AND text_value IS NOT NULL"
                    + " FOR UPDATE", rs -> 1, answerId, dialogueId).isEmpty()) {
                return false;
            }
            Jdbc.update(c, "DELETE FROM dialogue_answer_target WHERE answer_id = ?", answerId);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO dialogue_answer_target (answer_id, dialogue_id, element_id) VALUES (?,?,?)")) {
                for (Long element : new LinkedHashSet<>(elementIds)) {
                    insert.setLong(1, answerId);
                    insert.setLong(2, dialogueId);
                    insert.setLong(3, element);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return true;
        }, status.getConnection()));
    }
}
