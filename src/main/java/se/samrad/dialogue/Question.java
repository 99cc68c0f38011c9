package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A question. Texts are per language. {@code min}/{@code max} bound a rating scale or a number;
 * {@code maxChoices} limits multiple choice and target questions. {@code key} is stable across versions, so
 * answers to the same question in several versions are counted together.
 */
@Serdeable
public record Question(String key, QuestionType type, Map<String, String> text, Map<String, String> help,
                       boolean required, List<Option> options, boolean other, @Nullable Integer min,
                       @Nullable Integer max, Map<String, String> minLabel, Map<String, String> maxLabel,
                       @Nullable Integer maxChoices, @Nullable Condition showIf, List<Long> targets,
                       @Nullable Demographic demographic) {

    public static final int MAX_TEXT_LENGTH = 5000;
    public static final int MAX_SHORT_TEXT_LENGTH = 300;

    public Question {
        text = Copies.map(text);
        help = Copies.map(help);
        options = Copies.list(options);
        minLabel = Copies.map(minLabel);
        maxLabel = Copies.map(maxLabel);
        targets = Copies.list(targets);
    }

    public Optional<Option> option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
    }

    /** The lowest value of a scale: the organiser's for a rating, 1 for agreement. */
    public int scaleMin() {
        return type == QuestionType.AGREEMENT ? 1 : min == null ? 1 : min;
    }

    public int scaleMax() {
        return type == QuestionType.AGREEMENT ? 5 : max == null ? 5 : max;
    }

    /** The values a resident can give: option keys, scale steps as text, element ids for target questions. */
    public List<String> allowedValues() {
        if (type.isScale()) {
            return java.util.stream.IntStream.rangeClosed(scaleMin(), scaleMax()).mapToObj(String::valueOf).toList();
        }
        List<String> keys = new java.util.ArrayList<>(options.stream().map(Option::key).toList());
        if (other && type == QuestionType.MULTIPLE || other && type == QuestionType.SINGLE) {
            keys.add(Option.OTHER);
        }
        return keys;
    }

    public boolean visible(Answers answers) {
        return showIf == null || showIf.holds(answers);
    }

    Question withOptions(List<Option> newOptions) {
        return new Question(key, type, text, help, required, newOptions, other, min, max, minLabel, maxLabel,
                maxChoices, showIf, targets, demographic);
    }
}
