package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One activity as a page shows it, copied out of the live state: its settings, whether it is open, locked
 * and showing results, the viewer's own inputs (to pre-fill the form controls) and the results so far.
 * Participants see results only when the facilitator reveals them; items they see only when visible.
 */
public record ActivityView(Activity activity, ActivityConfig config, boolean open, boolean locked, boolean resultsShown,
                           boolean facilitator, List<Integer> myChoices, int[] myDots, int myGroup,
                           Map<String, Integer> myScores, int respondents, List<Count> counts, double mean,
                           List<ItemView> items, List<Count> words, List<Group> groups, @Nullable SdgMatrix matrix,
                           @Nullable RelevanceScoring scoring) {

    public record Count(String label, int count, int percent) {
    }

    public record ItemView(long seq, String name, String text, int votes, boolean votedByMe, boolean hidden,
                           boolean approved, boolean answered, long mergedInto, String theme, int group, int question,
                           boolean mine) {
    }

    /** A breakout group's board: answers per sub-question. */
    public record Group(int number, int members, List<List<ItemView>> answers) {
    }

    /** A word cloud's words laid out for drawing (see {@link WordCloud}). */
    public WordCloud cloud() {
        return WordCloud.of(words);
    }

    /** The options by count, most first (ties in the options' order): dot voting as a ranking. */
    public List<Count> ranking() {
        List<Count> ranked = new ArrayList<>(counts);
        ranked.sort(Comparator.comparingInt(Count::count).reversed());
        return ranked;
    }

    /** The items (of a Q&A) not yet answered, most votes first, and the answered ones. */
    public List<ItemView> unanswered() {
        return byVotes(new ArrayList<>(items.stream().filter(i -> !i.answered() && i.mergedInto() == 0).toList()));
    }

    public List<ItemView> answeredItems() {
        return byVotes(new ArrayList<>(items.stream().filter(i -> i.answered() && i.mergedInto() == 0).toList()));
    }

    public boolean showResults() {
        return facilitator || resultsShown;
    }

    public Map<String, List<ItemView>> themes() {
        Map<String, List<ItemView>> themes = new LinkedHashMap<>();
        items.stream().filter(i -> !i.theme().isEmpty() && i.mergedInto() == 0)
                .forEach(i -> themes.computeIfAbsent(i.theme(), k -> new ArrayList<>()).add(i));
        return themes;
    }

    public List<ItemView> unthemed() {
        return items.stream().filter(i -> i.theme().isEmpty() && i.mergedInto() == 0).toList();
    }

    public int myDotsUsed() {
        int used = 0;
        for (int d : myDots) {
            used += d;
        }
        return used;
    }

    public int myDotsOn(int option) {
        return option < myDots.length ? myDots[option] : 0;
    }

    /** The viewer's score for row -> col, or null. */
    @Nullable
    public Integer myScore(int row, int col) {
        return myScores.get(row + ":" + col);
    }

    /** Respondents, counts per option or value (with percentages), and the mean of a rating. */
    public record Tally(int respondents, List<Count> counts, double mean) {
        static final Tally NONE = new Tally(0, List.of(), 0);
    }

    static ActivityView of(ActivityState a, String viewer, boolean facilitator) {
        ActivityConfig config = a.config;
        List<Integer> mine = a.choices.getOrDefault(viewer, List.of());
        int[] myDots = a.dots.getOrDefault(viewer, new int[config.optionList().size()]);
        Map<String, Integer> myScores = new LinkedHashMap<>();
        a.scores.forEach((cell, byAuthor) -> {
            ActivityState.Score score = byAuthor.get(viewer);
            if (score != null) {
                myScores.put(cell, score.value());
            }
        });
        ActivityType type = ActivityTypes.of(a.kind());
        Tally tally = type.tally(a);
        List<ItemView> items = type.items(a, viewer, facilitator);
        return new ActivityView(a.activity, config, a.open, a.locked, a.resultsShown, facilitator, mine, myDots,
                a.groupOf.getOrDefault(viewer, 0), myScores, tally.respondents(), new ArrayList<>(tally.counts()),
                tally.mean(), items, type.words(a), type.groups(a, items), type.matrix(a),
                type.scoring(a, viewer));
    }

    /** The items a viewer sees, in the order they came: visible, their own unless hidden, all for a facilitator. */
    static List<ItemView> visibleItems(ActivityState a, String viewer, boolean facilitator) {
        boolean approval = a.needsApproval();
        List<ItemView> items = new ArrayList<>();
        for (Item i : a.items.values()) {
            if (facilitator || i.visible(approval) || i.author.equals(viewer) && !i.hidden) {
                items.add(item(i, viewer));
            }
        }
        return items;
    }

    /** Up-voted items first (answered questions last), then in the order they came. */
    static List<ItemView> byVotes(List<ItemView> items) {
        items.sort(Comparator.comparing(ItemView::answered).thenComparing(
                Comparator.comparingInt(ItemView::votes).reversed()).thenComparingLong(ItemView::seq));
        return items;
    }

    /** Counts of each option (of a poll or dot voting) in the option's order, with their share of {@code whole}. */
    static List<Count> counts(List<String> labels, int[] tally, int whole) {
        List<Count> counts = new ArrayList<>();
        for (int i = 0; i < tally.length; i++) {
            counts.add(new Count(labels.get(i), tally[i], percent(tally[i], whole)));
        }
        return counts;
    }

    static ItemView item(Item i, String viewer) {
        return new ItemView(i.seq, i.name, i.text, i.voters.size(), i.voters.contains(viewer), i.hidden, i.approved,
                i.answered, i.mergedInto, i.theme, i.group, i.question, i.author.equals(viewer));
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }
}
