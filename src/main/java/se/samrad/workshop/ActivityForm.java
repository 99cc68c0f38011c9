package se.samrad.workshop;

import se.samrad.goals.TargetPicker;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The "add an activity" form: what was typed (to re-render it) and the settings it makes. */
public record ActivityForm(String kind, String title, String prompt, String options, boolean multiple, String min, String max,
                    String budget, String cap, String questions, String groups, String grouping, boolean moderated,
                    List<Long> targets) {

    static final String PICKER = "targets";
    static final int MAX_TITLE = 300;
    static final int MAX_PROMPT = 4000;

    static ActivityForm empty() {
        return new ActivityForm("POLL", "", "", "", false, "1", "5", "5", "3", "", "4", Groups.RANDOM, true, List.of());
    }

    static ActivityForm of(Map<String, Object> form) {
        return new ActivityForm(text(form, "kind"), text(form, "title"), text(form, "prompt"), text(form, "options"),
                Forms.value(form, "multiple") != null, text(form, "min"), text(form, "max"), text(form, "budget"),
                text(form, "cap"), text(form, "questions"), text(form, "groups"), text(form, "grouping"),
                Forms.value(form, "moderated") != null, List.copyOf(TargetPicker.selected(form, PICKER)));
    }

    private static String text(Map<String, Object> form, String field) {
        String value = Forms.value(form, field);
        return value == null ? "" : value.strip();
    }

    /** The kind, or null when the form names none we know. */
    ActivityKind activityKind() {
        return Arrays.stream(ActivityKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    /** Field errors a person can fix; the service checks the rest. */
    FormErrors errors() {
        FormErrors errors = new FormErrors();
        ActivityKind k = activityKind();
        if (k == null) {
            errors.add("kind", "workshop.error.kind");
        }
        errors.require("title", title);
        errors.maxLength("title", title, MAX_TITLE);
        errors.maxLength("prompt", prompt, MAX_PROMPT);
        if (k == ActivityKind.POLL || k == ActivityKind.DOTS) {
            List<String> list = lines(options);
            if (list.size() < 2 || list.size() > ActivityConfig.MAX_OPTIONS || list.stream().anyMatch(o -> o.length() > 200)) {
                errors.add("options", "workshop.error.options");
            }
        }
        if (k == ActivityKind.RATING && (number(min) == null || number(max) == null || number(min) >= number(max)
                || number(max) - number(min) > 10)) {
            errors.add("min", "workshop.error.scale");
        }
        if (k == ActivityKind.DOTS && (number(budget) == null || number(cap) == null || number(budget) < 1
                || number(budget) > 100 || number(cap) < 1 || number(cap) > number(budget))) {
            errors.add("budget", "workshop.error.dots");
        }
        if (k == ActivityKind.BREAKOUT) {
            List<String> list = lines(questions);
            if (list.isEmpty() || list.size() > 10 || list.stream().anyMatch(q -> q.length() > 500)) {
                errors.add("questions", "workshop.error.breakout");
            }
            if (number(groups) == null || number(groups) < 1 || number(groups) > ActivityConfig.MAX_GROUPS) {
                errors.add("groups", "workshop.error.groups");
            }
        }
        if (k == ActivityKind.SDG_MATRIX && (targets.size() < 2 || targets.size() > ActivityConfig.MAX_TARGETS)) {
            errors.add(PICKER, "workshop.error.targets");
        }
        return errors;
    }

    ActivityConfig config() {
        ActivityKind k = activityKind();
        List<String> optionList = k == ActivityKind.POLL || k == ActivityKind.DOTS ? lines(options) : List.of();
        return new ActivityConfig(optionList, multiple, orElse(number(min), 1), orElse(number(max), 5),
                k == ActivityKind.DOTS ? orElse(number(budget), 0) : 0, k == ActivityKind.DOTS ? orElse(number(cap), 0) : 0,
                k == ActivityKind.BREAKOUT ? lines(questions) : List.of(),
                k == ActivityKind.BREAKOUT ? orElse(number(groups), 0) : 0,
                k == ActivityKind.BREAKOUT ? grouping : null,
                k == ActivityKind.SDG_MATRIX ? targets : List.of(), moderated);
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    static Integer number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int orElse(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
