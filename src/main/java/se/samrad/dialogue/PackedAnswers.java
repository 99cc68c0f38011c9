package se.samrad.dialogue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A submitted response's answer rows as kept on the response: one JSON array of
 * {@code [question_key, option_key, seq, number_value]}, in the order answered, where trailing defaults (seq 0, no
 * number, no option) are left out, so that {@code ["thrive","good"]} is a whole row. Free texts are not in it
 * (they are answer rows of their own, see {@code V6__dialogue_packed_answers.sql}); their rows are, without the
 * text.
 */
final class PackedAnswers {

    private static final JsonFactory JSON = new JsonFactory();

    private PackedAnswers() {
    }

    static String pack(List<AnswerRow> rows) {
        StringWriter out = new StringWriter(rows.size() * 24 + 2);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (AnswerRow row : rows) {
                json.writeStartArray();
                json.writeString(row.questionKey());
                Double number = row.number();
                if (row.optionKey() != null || row.seq() != 0 || number != null) {
                    json.writeString(row.optionKey());
                }
                if (row.seq() != 0 || number != null) {
                    json.writeNumber(row.seq());
                }
                if (number != null && number == Math.rint(number) && Math.abs(number) < 1e15) {
                    json.writeNumber(number.longValue());
                } else if (number != null) {
                    json.writeNumber(number);
                }
                json.writeEndArray();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The rows (texts left out) of a packed array; none for null (a response that has none). */
    static List<AnswerRow> unpack(String packed) {
        List<AnswerRow> rows = new ArrayList<>();
        if (packed == null || packed.isEmpty()) {
            return rows;
        }
        try (JsonParser json = JSON.createParser(packed)) {
            expect(json.nextToken(), JsonToken.START_ARRAY);
            while (json.nextToken() == JsonToken.START_ARRAY) {
                expect(json.nextToken(), JsonToken.VALUE_STRING);
                String question = json.getText();
                String option = null;
                int seq = 0;
                Double number = null;
                JsonToken token = json.nextToken();
                if (token != JsonToken.END_ARRAY) {
                    option = token == JsonToken.VALUE_NULL ? null : json.getText();
                    token = json.nextToken();
                }
                if (token != JsonToken.END_ARRAY) {
                    seq = json.getIntValue();
                    token = json.nextToken();
                }
                if (token != JsonToken.END_ARRAY) {
                    number = token == JsonToken.VALUE_NULL ? null : json.getDoubleValue();
                    token = json.nextToken();
                }
                expect(token, JsonToken.END_ARRAY);
                rows.add(new AnswerRow(question, option, seq, number, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static void expect(JsonToken token, JsonToken expected) throws IOException {
        if (token != expected) {
            throw new IOException("Packed answers: expected " + expected + ", found " + token);
        }
    }
}
