package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A relevance scoring's results as a page shows them: per target how many scored each level, the mean, the
 * spread (highest minus lowest level given), whether they disagree (a spread of two levels or more), the
 * facilitator's agreed level; and the viewer's own levels to pre-fill the form.
 *
 * @param lines one per target, in the activity's order
 * @param mine  the viewer's level per target index
 */
public record RelevanceScoring(List<Line> lines, int respondents, Map<Integer, Integer> mine) {

    /** The level names, lowest first: message keys {@code relevance.level.<name>}. */
    public static final List<String> LEVELS = List.of("NOT_RELEVANT", "LOW", "MEDIUM", "HIGH");

    /**
     * @param counts  how many scored each level (index = level)
     * @param agreed  the facilitator's agreed level, or null
     */
    public record Line(int index, List<Integer> counts, int count, double mean, int spread, boolean disagreement,
                       @Nullable Integer agreed) {

        /** The agreed level's name (a {@link #LEVELS} entry), or null. */
        @Nullable
        public String agreedName() {
            return agreed == null ? null : LEVELS.get(agreed);
        }
    }

    @Nullable
    public Integer mine(int index) {
        return mine.get(index);
    }

    public boolean anyAgreed() {
        return lines.stream().anyMatch(l -> l.agreed() != null);
    }

    static RelevanceScoring of(ActivityState a, String viewer) {
        int n = a.config.targetList().size();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] counts = new int[LEVELS.size()];
            int count = 0;
            int sum = 0;
            int low = Integer.MAX_VALUE;
            int high = Integer.MIN_VALUE;
            for (Map<Integer, Integer> levels : a.levels.values()) {
                Integer level = levels.get(i);
                if (level != null && level >= 0 && level < counts.length) {
                    counts[level]++;
                    count++;
                    sum += level;
                    low = Math.min(low, level);
                    high = Math.max(high, level);
                }
            }
            int spread = count == 0 ? 0 : high - low;
            double mean = count == 0 ? 0 : Math.round(100.0 * sum / count) / 100.0;
            lines.add(new Line(i, Arrays.stream(counts).boxed().toList(), count, mean, spread, spread >= 2,
                    a.agreed.get(i)));
        }
        return new RelevanceScoring(lines, a.levels.size(), Map.copyOf(a.levels.getOrDefault(viewer, Map.of())));
    }

    /** Stored levels ({@code {"<index>": level}}) as numbers; an entry that is no number is left out. */
    static Map<Integer, Integer> levels(Object value) {
        Map<Integer, Integer> levels = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                int index = Inputs.integer(k);
                int level = Inputs.integer(v);
                if (index != Integer.MIN_VALUE && level != Integer.MIN_VALUE) {
                    levels.put(index, level);
                }
            });
        }
        return levels;
    }
}
