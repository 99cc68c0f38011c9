package se.samrad.workshop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one activity holds after the events so far: whether it is open, locked and showing results, and the
 * inputs of its kind. Each participant's latest vote, rating, allocation or score replaces their earlier one.
 * Mutable only inside its workshop's lock; pages read copies ({@link Results}).
 */
final class ActivityState {

    final Activity activity;
    final ActivityConfig config;
    boolean open;
    boolean locked;
    boolean resultsShown;
    /** POLL: chosen option indices; RATING: one value. */
    final Map<String, List<Integer>> choices = new LinkedHashMap<>();
    /** IDEAS, QA, BREAKOUT, CHAT, WORD_CLOUD. */
    final Map<Long, Item> items = new LinkedHashMap<>();
    /** DOTS: dots per option index. */
    final Map<String, int[]> dots = new LinkedHashMap<>();
    /** BREAKOUT: group number (1...) of each participant. */
    final Map<String, Integer> groupOf = new HashMap<>();
    int groupCount;
    /** SDG_MATRIX: "row:col" -> author -> score. */
    final Map<String, Map<String, Score>> scores = new LinkedHashMap<>();

    /** RELEVANCE: target index -> level (0 not relevant ... 3 high), per author. */
    final Map<String, Map<Integer, Integer>> levels = new LinkedHashMap<>();
    /** RELEVANCE: the facilitator's agreed level per target index. */
    final Map<Integer, Integer> agreed = new java.util.TreeMap<>();

    record Score(int value, String comment, String name, java.time.Instant at) {
    }

    ActivityState(Activity activity, ActivityConfig config) {
        this.activity = activity;
        this.config = config;
        this.groupCount = config.groups();
    }

    ActivityKind kind() {
        return activity.kind();
    }

    boolean needsApproval() {
        return kind() == ActivityKind.QA && config.moderated();
    }

    void apply(WorkshopEvent e) {
        switch (e.type()) {
            case STARTED -> open = true;
            case STOPPED -> open = false;
            case LOCKED -> locked = true;
            case UNLOCKED -> locked = false;
            case RESULTS_SHOWN -> resultsShown = true;
            case RESULTS_HIDDEN -> resultsShown = false;
            case VOTE -> choices.put(e.author(), integers(e.data().get("options")));
            case RATE -> choices.put(e.author(), List.of(e.integer("value", 0)));
            case IDEA, QUESTION, CHAT, WORD -> items.put(e.seq(), new Item(e.seq(), e.author(), e.name(),
                    e.text("text"), e.integer("group", 0), e.integer("question", 0), e.at()));
            case UPVOTE -> item(e.number("item")).ifPresent(i -> {
                if (!i.voters.remove(e.author())) {
                    i.voters.add(e.author());
                }
            });
            case HIDDEN -> item(e.number("item")).ifPresent(i -> i.hidden = true);
            case SHOWN -> item(e.number("item")).ifPresent(i -> i.hidden = false);
            case APPROVED -> item(e.number("item")).ifPresent(i -> i.approved = true);
            case ANSWERED -> item(e.number("item")).ifPresent(i -> i.answered = true);
            case MERGED -> merge(e.number("item"), e.number("into"));
            case THEMED -> {
                String theme = e.text("theme");
                for (Integer seq : integers(e.data().get("items"))) {
                    item(seq).ifPresent(i -> i.theme = theme == null ? "" : theme);
                }
            }
            case DOTS -> dots.put(e.author(), allocation(e.data().get("dots")));
            case GROUP_CHOSEN -> groupOf.put(e.author(), e.integer("group", 0));
            case GROUPS -> assignGroups(e);
            case SCORE -> scores.computeIfAbsent(e.integer("row", 0) + ":" + e.integer("col", 0),
                    k -> new LinkedHashMap<>()).put(e.author(), new Score(e.integer("value", 0),
                    e.text("comment") == null ? "" : e.text("comment"), e.name(), e.at()));
            case RELEVANCE -> levels.put(e.author(), RelevanceScoring.levels(e.data().get("levels")));
            case AGREED -> RelevanceScoring.levels(e.data().get("levels")).forEach((i, v) -> {
                if (v < 0) {
                    agreed.remove(i);
                } else {
                    agreed.put(i, v);
                }
            });
            default -> {
            }
        }
    }

    java.util.Optional<Item> item(long seq) {
        return java.util.Optional.ofNullable(items.get(seq));
    }

    private void merge(long from, long into) {
        Item source = items.get(from);
        Item target = items.get(into);
        if (source == null || target == null || from == into) {
            return;
        }
        source.mergedInto = into;
        target.voters.addAll(source.voters);
        target.voters.add(source.author);
    }

    private void assignGroups(WorkshopEvent e) {
        groupCount = e.integer("count", groupCount);
        groupOf.clear();
        if (e.data().get("assignment") instanceof Map<?, ?> assignment) {
            assignment.forEach((who, group) -> groupOf.put(String.valueOf(who),
                    group instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(group))));
        }
    }

    static List<Integer> integers(Object value) {
        List<Integer> list = new ArrayList<>();
        if (value instanceof List<?> values) {
            for (Object v : values) {
                if (v instanceof Number n) {
                    list.add(n.intValue());
                } else if (v != null) {
                    try {
                        list.add(Integer.parseInt(String.valueOf(v).trim()));
                    } catch (NumberFormatException ignored) {
                        // validated before storing; an old malformed entry adds nothing
                    }
                }
            }
        }
        return list;
    }

    int[] allocation(Object value) {
        int[] result = new int[config.optionList().size()];
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                int index = Integer.parseInt(String.valueOf(k));
                if (index >= 0 && index < result.length && v instanceof Number n) {
                    result[index] = n.intValue();
                }
            });
        }
        return result;
    }
}
