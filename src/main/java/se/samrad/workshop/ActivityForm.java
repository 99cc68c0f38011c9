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
        if (k != null) {
            ActivityTypes.of(k).formErrors(this, errors);
        }
        return errors;
    }

    ActivityConfig config() {
        ActivityKind k = activityKind();
        ActivityConfig common = new ActivityConfig(List.of(), multiple, orElse(number(min), 1), orElse(number(max), 5),
                0, 0, List.of(), 0, null, List.of(), moderated);
        return k == null ? common : ActivityTypes.of(k).config(this, common);
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

    static int orElse(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
