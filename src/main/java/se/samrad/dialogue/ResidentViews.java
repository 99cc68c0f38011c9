package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.goals.Text;
import se.samrad.platform.web.FormErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the resident's page templates show of a question: its texts in the reader's language (falling back to
 * the dialogue's own), its choices with what the resident chose or typed, and its error. Keeps templates simple.
 */
@Singleton
class ResidentViews {

    private final GoalCatalogue catalogue;

    ResidentViews(GoalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One choice: a radio button, checkbox or ranked option. {@code id} is unique on the page. */
    public record ChoiceView(String value, String id, Text label, @Nullable String labelKey, boolean checked,
                             String rank, @Nullable String colourClass, @Nullable String code) {
    }

    public record QuestionView(String key, String field, String kind, Text text, @Nullable Text help, boolean required,
                               List<ChoiceView> choices, String value, String other, @Nullable Text minLabel,
                               @Nullable Text maxLabel, @Nullable Integer maxChoices, @Nullable Integer min,
                               @Nullable Integer max, @Nullable String error, @Nullable String otherError) {

        /** The id of the first control, which the error summary links to. */
        public String firstId() {
            return field;
        }

        public boolean hasError() {
            return error != null;
        }
    }

    public record PageView(Text title, @Nullable Text intro, List<QuestionView> questions, boolean fallback) {
    }

    PageView page(Dialogue dialogue, Section section, Answers answers, FormErrors errors, String lang) {
        List<QuestionView> views = new ArrayList<>();
        boolean[] fallback = {false};
        for (Question q : section.questions()) {
            if (q.visible(answers)) {
                views.add(question(dialogue, q, answers, errors, lang, fallback));
            }
        }
        Text title = track(dialogue.pick(section.title(), lang), lang, fallback);
        Text intro = section.intro().isEmpty() ? null : track(dialogue.pick(section.intro(), lang), lang, fallback);
        return new PageView(title, intro, views, fallback[0]);
    }

    private QuestionView question(Dialogue dialogue, Question q, Answers answers, FormErrors errors, String lang,
                                  boolean[] fallback) {
        String field = AnswerForm.field(q);
        List<String> chosen = answers.values(q.key());
        Map<String, String> ranks = q.type() == QuestionType.RANKING ? AnswerForm.ranks(answers, q) : Map.of();
        List<ChoiceView> choices = new ArrayList<>();
        List<String> values = q.type() == QuestionType.NUMBER || q.type().isText() ? List.of() : q.allowedValues();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String id = i == 0 ? field : field + "-" + i;
            if (q.type() == QuestionType.RANKING) {
                id = field + "-rank-" + value;
            }
            Text label;
            String labelKey = Results.optionLabelKey(q, value);
            String colour = null;
            String code = null;
            if (q.type() == QuestionType.TARGETS) {
                GoalElement element = Results.goalOption(catalogue, value, dialogue.organisationId()).orElse(null);
                label = element == null ? new Text(value, lang) : element.label(lang);
                colour = element == null ? null : element.colourClass();
                code = element == null ? null : element.code();
            } else if (q.type().isScale() || Option.OTHER.equals(value)) {
                label = new Text(value, lang);
            } else {
                label = track(q.option(value).map(o -> dialogue.pick(o.text(), lang)).orElse(new Text(value, lang)),
                        lang, fallback);
            }
            choices.add(new ChoiceView(value, id, label, labelKey, chosen.contains(value), ranks.getOrDefault(value, ""),
                    colour, code));
        }
        String kind = switch (q.type()) {
            case SINGLE, AGREEMENT -> "radio";
            case RATING -> "scale";
            case MULTIPLE -> "checkbox";
            case TARGETS -> "goals";
            case RANKING -> "ranking";
            case SHORT_TEXT -> "short";
            case LONG_TEXT -> "long";
            case NUMBER -> "number";
        };
        String value = q.type() == QuestionType.NUMBER || q.type().isText() ? answers.first(q.key()) : "";
        return new QuestionView(q.key(), field, kind, track(dialogue.pick(q.text(), lang), lang, fallback),
                q.help().isEmpty() ? null : track(dialogue.pick(q.help(), lang), lang, fallback), q.required(), choices,
                value, answers.other(q.key()),
                q.minLabel().isEmpty() ? null : track(dialogue.pick(q.minLabel(), lang), lang, fallback),
                q.maxLabel().isEmpty() ? null : track(dialogue.pick(q.maxLabel(), lang), lang, fallback),
                q.maxChoices(), q.min(), q.max(), errors.getFields().get(field),
                errors.getFields().get(field + "-other"));
    }

    private static Text track(Text text, String lang, boolean[] fallback) {
        if (!text.isEmpty() && !text.lang().equals(lang)) {
            fallback[0] = true;
        }
        return text;
    }
}
