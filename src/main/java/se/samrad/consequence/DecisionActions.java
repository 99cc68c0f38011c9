package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actions of a decision as the form sends them: rows {@code action<i>-title}, {@code -unit}, {@code -due} and
 * {@code -indicator} (any number of ticked indicators). A row without a title is left out.
 */
public final class DecisionActions {

    /** Rows the form offers: the actions there are and this many empty ones. */
    static final int EMPTY_ROWS = 2;
    static final int MAX = 30;

    /** One action as typed, and as the form shows it again. */
    public record Input(String title, String unit, String due, Set<Long> indicators) {

        static Input empty() {
            return new Input("", "", "", Set.of());
        }

        @Nullable
        Long unitId() {
            return unit == null || unit.isBlank() ? null : Long.valueOf(unit.strip());
        }

        @Nullable
        LocalDate dueOn() {
            return due == null || due.isBlank() ? null : LocalDate.parse(due.strip());
        }
    }

    private DecisionActions() {
    }

    static List<Input> read(Map<String, Object> body, FormErrors errors) {
        List<Input> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = "action" + i + "-";
            String title = Forms.value(body, p + "title");
            if (title == null || title.isBlank()) {
                continue;
            }
            String unit = value(body, p + "unit");
            String e = "action" + out.size() + "-";
            String due = value(body, p + "due");
            Set<Long> indicators = new LinkedHashSet<>();
            for (String v : Forms.values(body, p + "indicator")) {
                if (v.strip().matches("\\d{1,18}")) {
                    indicators.add(Long.valueOf(v.strip()));
                } else {
                    errors.add(e + "indicator", "consequence.error.indicator");
                }
            }
            if (title.strip().length() > 500) {
                errors.add(e + "title", "form.error.too-long");
            }
            if (!unit.isBlank() && !unit.strip().matches("\\d{1,18}")) {
                errors.add(e + "unit", "consequence.error.unit");
            }
            if (!due.isBlank() && DecisionCommand.date(due) == null) {
                errors.add(e + "due", "consequence.error.date");
            }
            out.add(new Input(title.strip(), unit, due, indicators));
        }
        return out;
    }

    private static String value(Map<String, Object> body, String field) {
        String v = Forms.value(body, field);
        return v == null ? "" : v;
    }
}
