package se.samrad.dialogue;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import se.samrad.platform.db.Jdbc;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The submitted responses of a dialogue read one after another (exports), never all held in memory. */
@Singleton
class AnswerStream {

    private final ConnectionOperations<Connection> connections;

    AnswerStream(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /** Streams every submitted response in submission order, without holding them all in memory. */
    void eachSubmitted(long dialogueId, Consumer<ExportedResponse> sink) {
        // A response's row comes once per free text it has (at least once), its texts in the order written.
        String sql = "SELECT r.id, r.lang, r.submitted_at, r.answers, a.question_key, a.seq, a.text_value"
                + " FROM dialogue_response r LEFT JOIN dialogue_answer a ON a.response_id = r.id"
                + " WHERE r.dialogue_id = ? AND r.state = ? ORDER BY r.id, a.id";
        long[] current = {-1};
        ExportedResponse[] pending = {null};
        Map<String, String> texts = new HashMap<>();
        Jdbc.read(connections, c -> {
            Jdbc.forEach(c, sql, rs -> {
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
            }, dialogueId, StoredResponse.SUBMITTED);
            return null;
        });
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
        Jdbc.read(connections, c -> {
            Jdbc.forEach(c, "SELECT answers FROM dialogue_response WHERE dialogue_id = ? AND state = ?",
                    rs -> rows[0] += PackedAnswers.unpack(rs.getString(1)).size(), dialogueId, StoredResponse.SUBMITTED);
            return null;
        });
        return rows[0];
    }
}
