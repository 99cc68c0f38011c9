package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.web.Forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A participant's input as a form: posted without JavaScript, or sent as it is by the page script over the
 * live channel. The one place a form becomes inputs: the event type and activity it names, and the data its
 * type's reader ({@link ActivityType#inputs()}) makes of the fields. A form may stand for several inputs (a
 * matrix's cells), each with a client id derived from the form's.
 */
final class FormInput {

    record Input(String clientId, EventType type, long activityId, Map<String, Object> data) {
    }

    /** The posted fields, as a type's reader sees them. */
    record Form(Map<String, Object> fields) {

        String value(String field) {
            return Forms.value(fields, field);
        }

        List<String> values(String field) {
            return Forms.values(fields, field);
        }

        Long number(String field) {
            return Controls.number(value(field));
        }

        /** The names of the fields that start with a prefix ({@code dots-}, {@code cell-}), in the form's order. */
        List<String> named(String prefix) {
            return fields.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
        }
    }

    /** Takes the inputs a reader makes: data for the form's client id, or for one derived with a suffix. */
    interface Sink {
        void add(String clientIdSuffix, Map<String, Object> data);

        default void add(Map<String, Object> data) {
            add("", data);
        }
    }

    private FormInput() {
    }

    static List<Input> parse(Map<String, Object> fields) {
        String clientId = Forms.value(fields, "clientId");
        Long activity = Controls.number(Forms.value(fields, "activity"));
        EventType type;
        try {
            type = EventType.valueOf(String.valueOf(Forms.value(fields, "type")));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("workshop.error.invalid");
        }
        if (activity == null || clientId == null || clientId.isBlank()) {
            throw new InvalidRequestException("workshop.error.invalid");
        }
        ActivityType.InputReader reader = ActivityTypes.reader(type);
        if (reader == null) {
            throw new InvalidRequestException("workshop.error.invalid");
        }
        List<Input> inputs = new ArrayList<>();
        reader.read(new Form(fields), (suffix, data) -> inputs.add(new Input(clientId + suffix, type, activity, data)));
        return inputs;
    }
}
