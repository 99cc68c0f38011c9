package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/** What some answer rows add to one running total (of a dialogue's question and option). */
record TallyIncrement(long dialogueId, String question, String option, long answers, long respondents,
                      double total, @Nullable Double min, @Nullable Double max) {

    /** What one answer row adds to its total. */
    static TallyIncrement of(long dialogueId, AnswerRow row) {
        return new TallyIncrement(dialogueId, row.questionKey(), row.optionKey() == null ? "" : row.optionKey(), 1,
                row.seq() == 0 ? 1 : 0, row.number() == null ? 0 : row.number(), row.number(), row.number());
    }

    /** Adds this to the running sum of its total in {@code totals}. */
    void addTo(Map<Key, TallyIncrement> totals) {
        totals.merge(new Key(dialogueId, question, option), this, TallyIncrement::plus);
    }

    TallyIncrement plus(TallyIncrement b) {
        return new TallyIncrement(dialogueId, question, option, answers + b.answers, respondents + b.respondents,
                total + b.total, least(min, b.min), greatest(max, b.max));
    }

    Tally toTally() {
        return new Tally(question, option.isEmpty() ? null : option, answers, respondents, total,
                min == null ? 0 : min, max == null ? 0 : max);
    }

    /** Orders totals as their primary key does (for one shard), so every writer locks them in the same order. */
    record Key(long dialogueId, String question, String option) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Long.compare(dialogueId, o.dialogueId);
            if (c == 0) {
                c = question.compareTo(o.question);
            }
            return c != 0 ? c : option.compareTo(o.option);
        }
    }

    // Not one conditional expression: with a double operand it would unbox a null Double.
    private static @Nullable Double least(@Nullable Double a, @Nullable Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Double.valueOf(Math.min(a, b));
    }

    private static @Nullable Double greatest(@Nullable Double a, @Nullable Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Double.valueOf(Math.max(a, b));
    }
}
