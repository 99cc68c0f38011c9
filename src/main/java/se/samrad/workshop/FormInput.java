package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.web.Forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A participant's input as an ordinary form post (the pages without JavaScript): the event type, activity
 * and data it stands for. A matrix form holds many cells ({@code cell-<row>-<col>}) and becomes one score per
 * cell that has a value.
 */
final class FormInput {

    record Input(String clientId, EventType type, long activityId, Map<String, Object> data) {
    }

    private FormInput() {
    }

    static List<Input> parse(Map<String, Object> form) {
        String clientId = Forms.value(form, "clientId");
        Long activity = Controls.number(Forms.value(form, "activity"));
        EventType type;
        try {
            type = EventType.valueOf(String.valueOf(Forms.value(form, "type")));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("workshop.error.invalid");
        }
        if (activity == null || clientId == null || clientId.isBlank()) {
            throw new InvalidRequestException("workshop.error.invalid");
        }
        List<Input> inputs = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        switch (type) {
            case VOTE -> {
                List<Long> options = new ArrayList<>();
                Forms.values(form, "options").forEach(v -> {
                    Long n = Controls.number(v);
                    if (n != null) {
                        options.add(n);
                    }
                });
                if (options.isEmpty()) {
                    throw new InvalidRequestException("workshop.error.choice");
                }
                data.put("options", options);
            }
            case RATE -> data.put("value", Controls.number(Forms.value(form, "value")));
            case IDEA, WORD, QUESTION, CHAT -> {
                data.put("text", Forms.value(form, "text"));
                Long question = Controls.number(Forms.value(form, "question"));
                if (question != null) {
                    data.put("question", question);
                }
            }
            case UPVOTE -> data.put("item", Controls.number(Forms.value(form, "item")));
            case GROUP_CHOSEN -> data.put("group", Controls.number(Forms.value(form, "group")));
            case DOTS -> {
                Map<String, Object> dots = new LinkedHashMap<>();
                form.keySet().stream().filter(k -> k.startsWith("dots-")).forEach(k -> {
                    Long n = Controls.number(Forms.value(form, k));
                    dots.put(k.substring("dots-".length()), n == null ? 0 : n);
                });
                data.put("dots", dots);
            }
            case SCORE -> {
                String comment = Forms.value(form, "comment");
                form.keySet().stream().filter(k -> k.startsWith("cell-")).sorted().forEach(k -> {
                    String value = Forms.value(form, k);
                    String[] rc = k.substring("cell-".length()).split("-");
                    if (value != null && !value.isBlank() && rc.length == 2) {
                        Map<String, Object> cell = new LinkedHashMap<>();
                        cell.put("row", Controls.number(rc[0]));
                        cell.put("col", Controls.number(rc[1]));
                        cell.put("value", Controls.number(value));
                        if (comment != null && !comment.isBlank()) {
                            cell.put("comment", comment.strip());
                        }
                        inputs.add(new Input(clientId + "-" + rc[0] + "-" + rc[1], type, activity, cell));
                    }
                });
                if (inputs.isEmpty()) {
                    throw new InvalidRequestException("workshop.error.score");
                }
                return inputs;
            }
            default -> throw new InvalidRequestException("workshop.error.invalid");
        }
        inputs.add(new Input(clientId, type, activity, data));
        return inputs;
    }
}
