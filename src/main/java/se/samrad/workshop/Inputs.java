package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;

import java.util.LinkedHashMap;
import java.util.Map;

/** Readers and checks several kinds of activity share: a posted text, an up-vote, a number. */
final class Inputs {

    static final int MAX_TEXT = 1000;

    /** A text (an idea, a question, a word, a chat line), with the breakout sub-question it answers, if any. */
    static final ActivityType.InputReader TEXT = (form, inputs) -> {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text", form.value("text"));
        Long question = form.number("question");
        if (question != null) {
            data.put("question", question);
        }
        inputs.add(data);
    };

    static final ActivityType.InputReader UPVOTE = (form, inputs) -> inputs.add(one("item", form.number("item")));

    private Inputs() {
    }

    static Map<String, Object> one(String key, Object value) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(key, value);
        return data;
    }

    /** Requires a text of at most {@code max} characters and stores it stripped. */
    static void text(Map<String, Object> data, int max) {
        Object value = data.get("text");
        String text = value == null ? "" : String.valueOf(value).strip();
        if (text.isEmpty()) {
            throw new InvalidRequestException("workshop.error.text-required");
        }
        if (text.length() > max) {
            throw new InvalidRequestException("form.error.too-long");
        }
        data.put("text", text);
    }

    /** Requires a visible item to up-vote. */
    static void upvote(ActivityState activity, Map<String, Object> data) {
        Object seq = data.get("item");
        Item item = seq instanceof Number n ? activity.items.get(n.longValue()) : null;
        if (item == null || !item.visible(activity.needsApproval())) {
            throw new NotFoundException("item");
        }
    }

    /** A board's input: a text, or an up-vote of a visible item. */
    static void textOrUpvote(ActivityState activity, EventType type, Map<String, Object> data) {
        if (type == EventType.UPVOTE) {
            upvote(activity, data);
        } else {
            text(data, MAX_TEXT);
        }
    }

    /** A number as sent (JSON number or text), {@link Integer#MIN_VALUE} when it is none. */
    static int integer(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? Integer.MIN_VALUE : Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }
}
