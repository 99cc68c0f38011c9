package se.samrad.workshop;

import se.samrad.platform.InvalidRequestException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A word cloud: single words, shown by frequency; each participant sends at most {@value #MAX_WORDS_EACH}. */
final class WordCloudType implements ActivityType {

    static final int MAX_WORD = 40;
    static final int MAX_WORDS_EACH = 10;

    @Override
    public ActivityKind kind() {
        return ActivityKind.WORD_CLOUD;
    }

    @Override
    public Map<EventType, InputReader> inputs() {
        return Map.of(EventType.WORD, Inputs.TEXT);
    }

    /** Only a facilitator sees the words one by one (to hide one); everyone else sees the cloud. */
    @Override
    public List<ActivityView.ItemView> items(ActivityState a, String viewer, boolean facilitator) {
        List<ActivityView.ItemView> items = new ArrayList<>();
        if (facilitator) {
            a.items.values().forEach(i -> items.add(ActivityView.item(i, viewer)));
        }
        return items;
    }

    /** Words (case-folded) by frequency, the most frequent at 100 %. */
    @Override
    public List<ActivityView.Count> words(ActivityState a) {
        Map<String, Integer> tally = new LinkedHashMap<>();
        a.items.values().stream().filter(i -> !i.hidden)
                .forEach(i -> tally.merge(i.text.toLowerCase(Locale.ROOT), 1, Integer::sum));
        int max = tally.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<ActivityView.Count> words = new ArrayList<>();
        tally.forEach((w, n) -> words.add(new ActivityView.Count(w, n, ActivityView.percent(n, max))));
        words.sort(Comparator.comparingInt(ActivityView.Count::count).reversed().thenComparing(ActivityView.Count::label));
        return words;
    }

    @Override
    public void check(ActivityState activity, String author, EventType type, Map<String, Object> data) {
        Inputs.text(data, MAX_WORD);
        long mine = activity.items.values().stream().filter(i -> i.author.equals(author)).count();
        if (mine >= MAX_WORDS_EACH) {
            throw new InvalidRequestException("workshop.error.words");
        }
    }
}
