package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One activity as a page shows it, copied out of the live state: its settings, whether it is open, locked
 * and showing results, the viewer's own inputs (to pre-fill the form controls) and the results so far.
 * Participants see results only when the facilitator reveals them; items they see only when visible.
 */
public record ActivityView(Activity activity, ActivityConfig config, boolean open, boolean locked, boolean resultsShown,
                           boolean facilitator, List<Integer> myChoices, int[] myDots, int myGroup,
                           Map<String, Integer> myScores, int respondents, List<Count> counts, double mean,
                           List<ItemView> items, List<Count> words, List<Group> groups, @Nullable SdgMatrix matrix) {

    public record Count(String label, int count, int percent) {
    }

    public record ItemView(long seq, String name, String text, int votes, boolean votedByMe, boolean hidden,
                           boolean approved, boolean answered, long mergedInto, String theme, int group, int question,
                           boolean mine) {
    }

    /** A breakout group's board: answers per sub-question. */
    public record Group(int number, int members, List<List<ItemView>> answers) {
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
        List<Count> counts = new ArrayList<>();
        double mean = 0;
        int respondents = 0;
        switch (a.kind()) {
            case POLL -> {
                respondents = a.choices.size();
                int[] tally = new int[config.optionList().size()];
                a.choices.values().forEach(list -> list.forEach(i -> tally[i]++));
                for (int i = 0; i < tally.length; i++) {
                    counts.add(new Count(config.optionList().get(i), tally[i], percent(tally[i], respondents)));
                }
            }
            case RATING -> {
                respondents = a.choices.size();
                int[] tally = new int[config.max() - config.min() + 1];
                a.choices.values().forEach(list -> tally[list.get(0) - config.min()]++);
                for (int i = 0; i < tally.length; i++) {
                    counts.add(new Count(String.valueOf(config.min() + i), tally[i], percent(tally[i], respondents)));
                }
                mean = a.choices.values().stream().mapToInt(l -> l.get(0)).average().orElse(0);
                mean = Math.round(mean * 100) / 100.0;
            }
            case DOTS -> {
                respondents = a.dots.size();
                int[] tally = new int[config.optionList().size()];
                a.dots.values().forEach(d -> {
                    for (int i = 0; i < d.length && i < tally.length; i++) {
                        tally[i] += d[i];
                    }
                });
                int total = 0;
                for (int t : tally) {
                    total += t;
                }
                for (int i = 0; i < tally.length; i++) {
                    counts.add(new Count(config.optionList().get(i), tally[i], percent(tally[i], total)));
                }
                counts.sort(Comparator.comparingInt(Count::count).reversed());
            }
            default -> {
            }
        }
        boolean approval = a.needsApproval();
        List<ItemView> items = new ArrayList<>();
        List<Count> words = new ArrayList<>();
        if (a.kind() == ActivityKind.WORD_CLOUD) {
            Map<String, Integer> tally = new LinkedHashMap<>();
            a.items.values().stream().filter(i -> !i.hidden)
                    .forEach(i -> tally.merge(i.text.toLowerCase(Locale.ROOT), 1, Integer::sum));
            int max = tally.values().stream().mapToInt(Integer::intValue).max().orElse(1);
            tally.forEach((w, n) -> words.add(new Count(w, n, percent(n, max))));
            words.sort(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::label));
            if (facilitator) {
                a.items.values().forEach(i -> items.add(item(i, viewer)));
            }
        } else {
            for (Item i : a.items.values()) {
                if (facilitator || i.visible(approval) || i.author.equals(viewer) && !i.hidden) {
                    items.add(item(i, viewer));
                }
            }
            if (a.kind() == ActivityKind.IDEAS || a.kind() == ActivityKind.QA) {
                items.sort(Comparator.comparing(ItemView::answered).thenComparing(
                        Comparator.comparingInt(ItemView::votes).reversed()).thenComparingLong(ItemView::seq));
            }
        }
        List<Group> groups = new ArrayList<>();
        if (a.kind() == ActivityKind.BREAKOUT) {
            for (int g = 1; g <= a.groupCount; g++) {
                final int number = g;
                int members = (int) a.groupOf.values().stream().filter(x -> x == number).count();
                List<List<ItemView>> answers = new ArrayList<>();
                for (int q = 0; q < config.questionList().size(); q++) {
                    final int question = q;
                    answers.add(items.stream().filter(i -> i.group() == number && i.question() == question).toList());
                }
                groups.add(new Group(g, members, answers));
            }
        }
        SdgMatrix matrix = a.kind() == ActivityKind.SDG_MATRIX
                ? SdgMatrix.of(config.targetList().size(), a.scores) : null;
        return new ActivityView(a.activity, config, a.open, a.locked, a.resultsShown, facilitator, mine, myDots,
                a.groupOf.getOrDefault(viewer, 0), myScores, respondents, counts, mean, items, words, groups, matrix);
    }

    private static ItemView item(Item i, String viewer) {
        return new ItemView(i.seq, i.name, i.text, i.voters.size(), i.voters.contains(viewer), i.hidden, i.approved,
                i.answered, i.mergedInto, i.theme, i.group, i.question, i.author.equals(viewer));
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }
}
