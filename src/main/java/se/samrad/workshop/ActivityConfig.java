package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An activity's settings, stored as JSON with the activity. Only the fields its kind uses are set.
 *
 * @param options   choices of a poll or of dot voting
 * @param multiple  a poll allows several choices
 * @param min       lowest value of a rating scale
 * @param max       highest value of a rating scale
 * @param budget    dots each participant may place
 * @param cap       dots one participant may place on one option
 * @param questions sub-questions of a breakout activity (each group answers each)
 * @param groups    how many breakout groups
 * @param grouping  RANDOM, SELF (participants choose) or LIST (the facilitator assigns)
 * @param targets   goal elements of an SDG interaction matrix (catalogue ids), rows and columns alike
 * @param moderated questions (Q&A) are shown only after approval
 */
@Serdeable
public record ActivityConfig(@Nullable List<String> options, boolean multiple, int min, int max, int budget,
                             int cap, @Nullable List<String> questions, int groups, @Nullable String grouping,
                             @Nullable List<Long> targets, boolean moderated) {

    public static final int MAX_OPTIONS = 20;
    public static final int MAX_TARGETS = 20;
    public static final int MAX_GROUPS = 60;

    public List<String> optionList() {
        return options == null ? List.of() : options;
    }

    public List<String> questionList() {
        return questions == null ? List.of() : questions;
    }

    public List<Long> targetList() {
        return targets == null ? List.of() : targets;
    }

    public static ActivityConfig empty() {
        return new ActivityConfig(List.of(), false, 1, 5, 0, 0, List.of(), 0, null, List.of(), false);
    }
}
