package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Checks a participant's input against the live state (activity open, not locked, within its rules). */
final class Submissions {

    static final int MAX_TEXT = 1000;
    static final int MAX_WORD = 40;
    static final int MAX_WORDS_EACH = 10;
    static final int MAX_COMMENT = 500;

    private Submissions() {
    }

    static void check(WorkshopState state, String author, EventType type, Long activityId, Map<String, Object> data) {
        if (state.ended) {
            throw new InvalidRequestException("workshop.error.ended");
        }
        if (state.removed.contains(author)) {
            throw new InvalidRequestException("workshop.error.removed");
        }
        if (type.isFacilitator() || type == EventType.JOINED) {
            throw new InvalidRequestException("workshop.error.invalid");
        }
        ActivityState activity = activityId == null ? null : state.activity(activityId);
        if (activity == null) {
            throw new NotFoundException("activity");
        }
        if (!activity.open) {
            throw new InvalidRequestException("workshop.error.not-open");
        }
        if (activity.locked) {
            throw new InvalidRequestException("workshop.error.locked");
        }
        ActivityConfig config = activity.config;
        switch (type) {
            case VOTE -> {
                require(activity, ActivityKind.POLL);
                List<Integer> options = ActivityState.integers(data.get("options"));
                int size = config.optionList().size();
                if (options.isEmpty() || (!config.multiple() && options.size() != 1)
                        || new HashSet<>(options).size() != options.size()
                        || options.stream().anyMatch(o -> o < 0 || o >= size)) {
                    throw new InvalidRequestException("workshop.error.choice");
                }
            }
            case RATE -> {
                require(activity, ActivityKind.RATING);
                int value = integer(data.get("value"));
                if (value < config.min() || value > config.max()) {
                    throw new InvalidRequestException("workshop.error.scale");
                }
            }
            case IDEA -> {
                if (activity.kind() != ActivityKind.IDEAS && activity.kind() != ActivityKind.BREAKOUT) {
                    throw new InvalidRequestException("workshop.error.invalid");
                }
                text(data, MAX_TEXT);
                if (activity.kind() == ActivityKind.BREAKOUT) {
                    breakout(activity, author, data);
                }
            }
            case QUESTION -> {
                require(activity, ActivityKind.QA);
                text(data, MAX_TEXT);
            }
            case CHAT -> {
                require(activity, ActivityKind.CHAT);
                text(data, MAX_TEXT);
            }
            case WORD -> {
                require(activity, ActivityKind.WORD_CLOUD);
                text(data, MAX_WORD);
                long mine = activity.items.values().stream().filter(i -> i.author.equals(author)).count();
                if (mine >= MAX_WORDS_EACH) {
                    throw new InvalidRequestException("workshop.error.words");
                }
            }
            case UPVOTE -> {
                if (activity.kind() != ActivityKind.IDEAS && activity.kind() != ActivityKind.QA) {
                    throw new InvalidRequestException("workshop.error.invalid");
                }
                Object seq = data.get("item");
                Item item = seq instanceof Number n ? activity.items.get(n.longValue()) : null;
                if (item == null || !item.visible(activity.needsApproval())) {
                    throw new NotFoundException("item");
                }
            }
            case DOTS -> {
                require(activity, ActivityKind.DOTS);
                if (!(data.get("dots") instanceof Map<?, ?> map)) {
                    throw new InvalidRequestException("workshop.error.dots");
                }
                int total = 0;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    int index = integer(e.getKey());
                    int dots = integer(e.getValue());
                    if (index < 0 || index >= config.optionList().size() || dots < 0 || dots > config.cap()) {
                        throw new InvalidRequestException("workshop.error.dots-cap");
                    }
                    total += dots;
                }
                if (total > config.budget()) {
                    throw new InvalidRequestException("workshop.error.dots-budget");
                }
            }
            case GROUP_CHOSEN -> {
                require(activity, ActivityKind.BREAKOUT);
                int group = integer(data.get("group"));
                if (group < 1 || group > activity.groupCount) {
                    throw new InvalidRequestException("workshop.error.groups");
                }
            }
            case SCORE -> {
                require(activity, ActivityKind.SDG_MATRIX);
                int n = config.targetList().size();
                int row = integer(data.get("row"));
                int col = integer(data.get("col"));
                int value = integer(data.get("value"));
                if (row < 0 || row >= n || col < 0 || col >= n || row == col || value < -3 || value > 3) {
                    throw new InvalidRequestException("workshop.error.score");
                }
                Object comment = data.get("comment");
                if (comment != null && String.valueOf(comment).length() > MAX_COMMENT) {
                    throw new InvalidRequestException("form.error.too-long");
                }
            }
            default -> throw new InvalidRequestException("workshop.error.invalid");
        }
    }

    private static void breakout(ActivityState activity, String author, Map<String, Object> data) {
        int question = integer(data.get("question"));
        if (question < 0 || question >= activity.config.questionList().size()) {
            throw new InvalidRequestException("workshop.error.question");
        }
        Integer group = activity.groupOf.get(author);
        if (group == null) {
            throw new InvalidRequestException("workshop.error.no-group");
        }
        data.put("group", group);
    }

    private static void require(ActivityState activity, ActivityKind kind) {
        if (activity.kind() != kind) {
            throw new InvalidRequestException("workshop.error.invalid");
        }
    }

    private static void text(Map<String, Object> data, int max) {
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
