package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.goals.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dialogue's results, counted by the database: per question the respondents, each option's count and share,
 * averages for scales and numbers, average ranks for rankings; and who answered against who lives there.
 * Questions that a later version dropped are still reported, marked as from an earlier version.
 */
@Singleton
public class Results {

    /** A group is under-represented when its share of respondents is below this fraction of its population share. */
    static final double UNDER_REPRESENTED = 0.75;

    private final Dialogues dialogues;
    private final ResultCounts counts;
    private final ResponseRepository responses;
    private final PopulationRowRepository population;
    private final GoalCatalogue catalogue;

    Results(Dialogues dialogues, ResultCounts counts, ResponseRepository responses, PopulationRowRepository population,
            GoalCatalogue catalogue) {
        this.dialogues = dialogues;
        this.counts = counts;
        this.responses = responses;
        this.population = population;
        this.catalogue = catalogue;
    }

    @Serdeable
    public record OptionResult(String key, Text label, @Nullable String labelKey, @Nullable String colourClass,
                               long count, double percent, @Nullable Double averageRank) {
    }

    @Serdeable
    public record QuestionResult(String key, QuestionType type, Text text, long respondents, List<OptionResult> options,
                                 @Nullable Double average, @Nullable Double min, @Nullable Double max,
                                 @Nullable Text minLabel, @Nullable Text maxLabel, boolean earlierVersion,
                                 @Nullable Demographic demographic) {

        /** The widest bar's count, for scaling charts. */
        public long maxCount() {
            return options.stream().mapToLong(OptionResult::count).max().orElse(0);
        }
    }

    @Serdeable
    public record GroupShare(String key, Text label, long respondents, double respondentPercent,
                             @Nullable Double populationPercent, boolean underRepresented) {
    }

    @Serdeable
    public record Representation(Demographic demographic, String questionKey, Text question, List<GroupShare> groups,
                                 long notSaid) {
    }

    @Serdeable
    public record Summary(long respondents, long inProgress, List<QuestionResult> questions,
                          List<Representation> representation) {
    }

    public Summary summarise(Dialogue dialogue, ResultFilter filter, String lang) {
        Counts counts = this.counts.counts(dialogue.id(), filter);
        Map<String, List<Tally>> byQuestion = new HashMap<>();
        counts.tallies().forEach(t -> byQuestion.computeIfAbsent(t.questionKey(), k -> new ArrayList<>()).add(t));
        List<QuestionResult> questions = new ArrayList<>();
        for (Question q : allQuestions(dialogue).keySet()) {
            boolean earlier = dialogue.questionnaire().question(q.key()).isEmpty();
            if (earlier && !byQuestion.containsKey(q.key())) {
                continue;
            }
            questions.add(result(dialogue, q, byQuestion.getOrDefault(q.key(), List.of()), earlier, lang));
        }
        Counts everyone = filter.isAll() ? counts : this.counts.counts(dialogue.id(), ResultFilter.ALL);
        return new Summary(counts.respondents(), filter.isAll() ? responses.inProgress(dialogue.id()) : 0, questions,
                representation(dialogue, everyone.tallies(), everyone.respondents(), lang));
    }

    /** Every question of every version, the newest wording of each, current questions first in their order. */
    Map<Question, Boolean> allQuestions(Dialogue dialogue) {
        Map<String, Question> byKey = new LinkedHashMap<>();
        dialogue.questionnaire().questions().forEach(q -> byKey.put(q.key(), q));
        List<Questionnaire> versions = dialogues.allVersions(dialogue);
        for (int i = versions.size() - 1; i >= 0; i--) {
            versions.get(i).questions().forEach(q -> byKey.putIfAbsent(q.key(), q));
        }
        Map<Question, Boolean> all = new LinkedHashMap<>();
        byKey.values().forEach(q -> all.put(q, dialogue.questionnaire().question(q.key()).isPresent()));
        return all;
    }

    private QuestionResult result(Dialogue dialogue, Question q, List<Tally> tallies, boolean earlier,
                                  String lang) {
        long respondents = tallies.stream().mapToLong(Tally::respondents).sum();
        Map<String, Tally> byOption = new HashMap<>();
        tallies.forEach(t -> byOption.put(t.optionKey() == null ? "" : t.optionKey(), t));
        List<OptionResult> options = new ArrayList<>();
        for (String value : q.type() == QuestionType.NUMBER || q.type().isText() ? List.<String>of() : q.allowedValues()) {
            Tally t = byOption.get(value);
            long count = t == null ? 0 : t.count();
            Double averageRank = q.type() == QuestionType.RANKING && t != null && t.count() > 0 ? t.sum() / t.count() : null;
            options.add(new OptionResult(value, optionLabel(dialogue, q, value, lang), optionLabelKey(q, value),
                    colourClass(dialogue, q, value), count, respondents == 0 ? 0 : 100.0 * count / respondents, averageRank));
        }
        if (q.type() == QuestionType.RANKING) {
            options.sort(Comparator.comparing(o -> o.averageRank() == null ? Double.MAX_VALUE : o.averageRank()));
        }
        Double average = null;
        Double min = null;
        Double max = null;
        if (q.type().isScale() || q.type() == QuestionType.NUMBER) {
            long count = tallies.stream().mapToLong(Tally::count).sum();
            double sum = tallies.stream().mapToDouble(Tally::sum).sum();
            average = count == 0 ? null : sum / count;
            min = tallies.stream().mapToDouble(Tally::min).min().stream().boxed().findFirst().orElse(null);
            max = tallies.stream().mapToDouble(Tally::max).max().stream().boxed().findFirst().orElse(null);
        }
        return new QuestionResult(q.key(), q.type(), dialogue.pick(q.text(), lang), respondents, options, average,
                count(q, tallies) == 0 ? null : min, count(q, tallies) == 0 ? null : max,
                q.minLabel().isEmpty() ? null : dialogue.pick(q.minLabel(), lang),
                q.maxLabel().isEmpty() ? null : dialogue.pick(q.maxLabel(), lang), earlier, q.demographic());
    }

    private static long count(Question q, List<Tally> tallies) {
        return tallies.stream().mapToLong(Tally::count).sum();
    }

    /** An option's label in the reader's language: the organiser's text, a goal's name, or a scale step. */
    Text optionLabel(Dialogue dialogue, Question q, String value, String lang) {
        if (q.type() == QuestionType.TARGETS) {
            return goalOption(catalogue, value, dialogue.organisationId()).map(e -> e.label(lang)).orElse(new Text(value, lang));
        }
        if (q.type().isScale() || Option.OTHER.equals(value)) {
            return new Text(value, lang);
        }
        return q.option(value).map(o -> dialogue.pick(o.text(), lang)).orElse(new Text(value, lang));
    }

    /** A message key for labels the bundles hold (agreement steps, "other"), or null. */
    static String optionLabelKey(Question q, String value) {
        if (q.type() == QuestionType.AGREEMENT) {
            return "dialogue.agreement." + value;
        }
        return Option.OTHER.equals(value) ? "dialogue.other" : null;
    }

    private String colourClass(Dialogue dialogue, Question q, String value) {
        return q.type() == QuestionType.TARGETS ? goalOption(catalogue, value, dialogue.organisationId())
                .map(GoalElement::colourClass).orElse(null) : null;
    }

    /** The goal a "which goals matter" option stands for (its key is the goal's catalogue id). */
    static java.util.Optional<GoalElement> goalOption(GoalCatalogue catalogue, String key, long organisationId) {
        try {
            return catalogue.element(Long.parseLong(key), organisationId);
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Who answered, per background question, against the population shares the organiser entered: the
     * background questions' own (unfiltered) counts, so this costs no further pass over the responses.
     */
    List<Representation> representation(Dialogue dialogue, List<Tally> everyone, long respondents,
                                        String lang) {
        Map<String, Double> shares = new HashMap<>();
        population.forDialogue(dialogue.id()).forEach(p ->
                shares.put(p.demographic() + "/" + p.optionKey(), p.share()));
        List<Representation> all = new ArrayList<>();
        for (Question q : dialogue.questionnaire().questions()) {
            if (q.demographic() == null) {
                continue;
            }
            Map<String, Long> counts = new HashMap<>();
            everyone.stream().filter(t -> t.questionKey().equals(q.key()) && t.optionKey() != null)
                    .forEach(t -> counts.merge(t.optionKey(), t.count(), Long::sum));
            long said = counts.values().stream().mapToLong(Long::longValue).sum();
            double populationTotal = q.options().stream()
                    .mapToDouble(o -> shares.getOrDefault(q.demographic() + "/" + o.key(), 0.0)).sum();
            List<GroupShare> groups = new ArrayList<>();
            for (Option o : q.options()) {
                long n = counts.getOrDefault(o.key(), 0L);
                double respondentPercent = said == 0 ? 0 : 100.0 * n / said;
                Double populationPercent = populationTotal <= 0 ? null
                        : 100.0 * shares.getOrDefault(q.demographic() + "/" + o.key(), 0.0) / populationTotal;
                boolean under = populationPercent != null && said > 0 && populationPercent > 0
                        && respondentPercent < UNDER_REPRESENTED * populationPercent;
                groups.add(new GroupShare(o.key(), dialogue.pick(o.text(), lang), n, respondentPercent, populationPercent,
                        under));
            }
            all.add(new Representation(q.demographic(), q.key(), dialogue.pick(q.text(), lang), groups,
                    Math.max(0, respondents - said)));
        }
        return all;
    }
}
