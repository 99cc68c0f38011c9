package se.samrad.dialogue;

import se.samrad.goals.Framework;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetPicker;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A question form as typed, so that it re-renders exactly (after an error, or after the target picker's search
 * without JavaScript), and its conversion to a {@link Question} with every check a facilitator can get wrong.
 * Options are rows {@code option-<i>-<lang>} with a hidden stable key and a field of target codes. Public for
 * the templates.
 */
public record QuestionForm(String section, String type, Map<String, String> text, Map<String, String> help,
                    boolean required, boolean other, String min, String max, Map<String, String> minLabel,
                    Map<String, String> maxLabel, String maxChoices, List<OptionRow> options, List<String> showIf,
                    Set<Long> targets, String pickerQuery, String demographic, List<String> goals) {

    static final String PICKER = "targets";
    static final int BLANK_ROWS = 3;
    static final int MAX_OPTIONS = 60;
    static final int MAX_QUESTION = 1000;
    static final int MAX_HELP = 2000;
    static final int MAX_OPTION = 300;
    private static final Pattern KEY = Pattern.compile("[a-z0-9]{1,40}");

    /** An option row: its key (blank for a new one), texts per language and target codes such as "12.3, 2.1". */
    public record OptionRow(String key, Map<String, String> text, String targets) {
        public boolean isBlank() {
            return text.values().stream().allMatch(String::isBlank);
        }
    }

    /**
     * A new question's form: single choice, required, three empty options, no bounds (a rating left without
     * them goes from 1 to 5), all 17 goals for a target question.
     */
    static QuestionForm blank(String section, GoalCatalogue catalogue) {
        return new QuestionForm(section, QuestionType.SINGLE.name(), Map.of(), Map.of(), true, false, "", "",
                Map.of(), Map.of(), "", withBlankRows(List.of()), List.of(), Set.of(), "", "",
                catalogue.agenda2030().goals().stream().map(g -> String.valueOf(g.id())).toList());
    }

    static QuestionForm of(Question q, String section, GoalCatalogue catalogue) {
        boolean targetQuestion = q.type() == QuestionType.TARGETS;
        List<OptionRow> rows = targetQuestion ? withBlankRows(List.of()) : withBlankRows(q.options().stream()
                .map(o -> new OptionRow(o.key(), o.text(), codes(o.targets(), catalogue))).toList());
        List<String> showIf = q.showIf() == null ? List.of()
                : q.showIf().options().stream().map(o -> q.showIf().question() + ":" + o).toList();
        List<String> goals = targetQuestion ? q.options().stream().map(Option::key).toList()
                : catalogue.agenda2030().goals().stream().map(g -> String.valueOf(g.id())).toList();
        return new QuestionForm(section, q.type().name(), q.text(), q.help(), q.required(), q.other(),
                q.min() == null ? "" : String.valueOf(q.min()), q.max() == null ? "" : String.valueOf(q.max()),
                q.minLabel(), q.maxLabel(), q.maxChoices() == null ? "" : String.valueOf(q.maxChoices()), rows, showIf,
                new LinkedHashSet<>(q.targets()), "", q.demographic() == null ? "" : q.demographic().name(), goals);
    }

    static QuestionForm parse(Map<String, Object> form, List<String> languages) {
        List<OptionRow> rows = new ArrayList<>();
        int count = Math.min(parseInt(Forms.value(form, "option-count"), 0), MAX_OPTIONS + BLANK_ROWS);
        for (int i = 0; i < count; i++) {
            String prefix = "option-" + i;
            Map<String, String> texts = Forms.translations(form, prefix, languages);
            rows.add(new OptionRow(blank(Forms.value(form, prefix + "-key")), texts,
                    blank(Forms.value(form, prefix + "-targets"))));
        }
        List<OptionRow> kept = rows.stream().filter(r -> !r.isBlank()).toList();
        return new QuestionForm(blank(Forms.value(form, "section")), blank(Forms.value(form, "type")),
                Forms.translations(form, "text", languages), Forms.translations(form, "help", languages),
                Forms.value(form, "required") != null, Forms.value(form, "other") != null,
                blank(Forms.value(form, "min")), blank(Forms.value(form, "max")),
                Forms.translations(form, "minLabel", languages), Forms.translations(form, "maxLabel", languages),
                blank(Forms.value(form, "maxChoices")), withBlankRows(kept), Forms.values(form, "showIf"),
                TargetPicker.selected(form, PICKER), blank(Forms.value(form, PICKER + TargetPicker.QUERY_SUFFIX)),
                blank(Forms.value(form, "demographic")), Forms.values(form, "goals"));
    }

    private static List<OptionRow> withBlankRows(List<OptionRow> rows) {
        List<OptionRow> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(new OptionRow("", Map.of(), ""));
        }
        return all;
    }

    /**
     * The question this form describes, or null with {@code errors} filled. {@code earlier} are the questions a
     * condition may refer to; {@code others} the rest of the questionnaire (a demographic is asked once).
     */
    Question toQuestion(String key, Dialogue dialogue, List<Question> earlier, List<Question> others,
                        GoalCatalogue catalogue, Supplier<String> newOptionKey, FormErrors errors) {
        String own = dialogue.ownLanguage();
        QuestionType kind;
        try {
            kind = QuestionType.valueOf(type);
        } catch (IllegalArgumentException e) {
            errors.add("type", "dialogue.staff.question.error.type");
            return null;
        }
        if (text.getOrDefault(own, "").isBlank()) {
            errors.add("text-" + own, "dialogue.staff.question.error.text");
        }
        text.forEach((l, v) -> errors.maxLength("text-" + l, v, MAX_QUESTION));
        help.forEach((l, v) -> errors.maxLength("help-" + l, v, MAX_HELP));

        List<Option> opts = new ArrayList<>();
        if (kind.hasOptions()) {
            Set<String> used = new HashSet<>();
            for (int i = 0; i < options.size(); i++) {
                OptionRow row = options.get(i);
                int index = i;
                if (row.isBlank()) {
                    continue;
                }
                if (row.text().getOrDefault(own, "").isBlank()) {
                    errors.add("option-" + i + "-" + own, "dialogue.staff.question.error.option-text");
                }
                row.text().forEach((l, v) -> errors.maxLength("option-" + index + "-" + l, v, MAX_OPTION));
                String optionKey = KEY.matcher(row.key()).matches() && !row.key().equals(Option.OTHER)
                        && used.add(row.key()) ? row.key() : fresh(newOptionKey, used);
                opts.add(new Option(optionKey, row.text(), parseCodes(row.targets(), catalogue, errors,
                        "option-" + i + "-targets")));
            }
            if (opts.size() < 2) {
                errors.add("option-0-" + own, "dialogue.staff.question.error.options");
            }
            if (opts.size() > MAX_OPTIONS) {
                errors.add("option-0-" + own, "dialogue.staff.question.error.too-many-options");
            }
        } else if (kind == QuestionType.TARGETS) {
            Framework agenda = catalogue.agenda2030();
            for (GoalElement goal : agenda.goals()) {
                if (goals.contains(String.valueOf(goal.id()))) {
                    Map<String, String> labels = new LinkedHashMap<>();
                    for (String l : dialogue.languages()) {
                        labels.put(l, goal.code() + ". " + goal.label(l).value());
                    }
                    opts.add(new Option(String.valueOf(goal.id()), labels, List.of(goal.id())));
                }
            }
            if (opts.isEmpty()) {
                errors.add("goals", "dialogue.staff.question.error.goals");
            }
        }

        Integer minValue = null;
        Integer maxValue = null;
        if (kind == QuestionType.RATING || kind == QuestionType.NUMBER) {
            minValue = integer(min, "min", errors);
            maxValue = integer(max, "max", errors);
            if (kind == QuestionType.RATING) {
                // An empty end of a rating scale is the usual one: 1 to 5.
                minValue = min.isBlank() ? Integer.valueOf(1) : minValue;
                maxValue = max.isBlank() ? Integer.valueOf(5) : maxValue;
                if (minValue != null && maxValue != null && (maxValue <= minValue || maxValue - minValue > 10)) {
                    errors.add("max", "dialogue.staff.question.error.scale");
                }
            } else if (minValue != null && maxValue != null && maxValue <= minValue) {
                errors.add("max", "dialogue.staff.question.error.bounds");
            }
        }
        Map<String, String> lowLabel = kind == QuestionType.RATING ? minLabel : Map.of();
        Map<String, String> highLabel = kind == QuestionType.RATING ? maxLabel : Map.of();
        lowLabel.forEach((l, v) -> errors.maxLength("minLabel-" + l, v, MAX_OPTION));
        highLabel.forEach((l, v) -> errors.maxLength("maxLabel-" + l, v, MAX_OPTION));

        Integer choices = null;
        if (kind == QuestionType.MULTIPLE || kind == QuestionType.TARGETS) {
            choices = integer(maxChoices, "maxChoices", errors);
            if (choices != null && (choices < 1 || choices > Math.max(1, opts.size() + (other ? 1 : 0)))) {
                errors.add("maxChoices", "dialogue.staff.question.error.max-choices");
            }
        }

        Condition condition = condition(earlier, errors);
        Demographic role = null;
        if (!demographic.isBlank()) {
            try {
                role = Demographic.valueOf(demographic);
            } catch (IllegalArgumentException e) {
                errors.add("demographic", "dialogue.staff.question.error.type");
            }
            if (role != null && kind != QuestionType.SINGLE) {
                errors.add("demographic", "dialogue.staff.question.error.demographic-single");
            }
            Demographic wanted = role;
            if (role != null && others.stream().anyMatch(q -> q.demographic() == wanted)) {
                errors.add("demographic", "dialogue.staff.question.error.demographic-taken");
            }
        }
        for (long id : targets) {
            if (catalogue.element(id, dialogue.organisationId()).isEmpty()) {
                errors.add(PICKER, "dialogue.staff.question.error.target");
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        boolean withOther = other && (kind == QuestionType.SINGLE || kind == QuestionType.MULTIPLE);
        return new Question(key, kind, text, help, required, opts, withOther, minValue, maxValue, lowLabel, highLabel,
                choices, condition, List.copyOf(targets), role);
    }

    /** "Show only if": every ticked value is question:option of one earlier question. */
    Condition condition(List<Question> earlier, FormErrors errors) {
        if (showIf.isEmpty()) {
            return null;
        }
        String question = null;
        List<String> chosen = new ArrayList<>();
        for (String value : showIf) {
            int colon = value.indexOf(':');
            String q = colon < 0 ? value : value.substring(0, colon);
            String o = colon < 0 ? "" : value.substring(colon + 1);
            Optional<Question> target = earlier.stream().filter(e -> e.key().equals(q)).findFirst();
            if (target.isEmpty() || !target.get().allowedValues().contains(o) || (question != null && !question.equals(q))) {
                errors.add("showIf", "dialogue.staff.question.error.condition");
                return null;
            }
            question = q;
            chosen.add(o);
        }
        return new Condition(question, chosen);
    }

    /** Target codes of Agenda 2030 (such as "12.3, 2.1") to element ids; an unknown code is an error. */
    static List<Long> parseCodes(String codes, GoalCatalogue catalogue, FormErrors errors, String field) {
        List<Long> ids = new ArrayList<>();
        for (String code : codes.split("[,;\\s]+")) {
            if (code.isBlank()) {
                continue;
            }
            Optional<GoalElement> element = catalogue.agenda2030().element(code.strip());
            if (element.isEmpty()) {
                errors.add(field, "dialogue.staff.question.error.target-code");
            } else if (!ids.contains(element.get().id())) {
                ids.add(element.get().id());
            }
        }
        return ids;
    }

    static String codes(List<Long> ids, GoalCatalogue catalogue) {
        return String.join(", ", ids.stream().map(id -> catalogue.element(id, null).map(GoalElement::code)
                .orElse(String.valueOf(id))).toList());
    }

    private static String fresh(Supplier<String> newKey, Set<String> used) {
        String key;
        do {
            key = newKey.get();
        } while (!used.add(key));
        return key;
    }

    private static Integer integer(String value, String field, FormErrors errors) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "dialogue.staff.question.error.number");
            return null;
        }
    }

    private static int parseInt(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
