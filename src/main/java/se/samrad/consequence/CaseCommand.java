package se.samrad.consequence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case's details: title, background, the deciding body, the decision date (as typed, checked), the responsible
 * unit, and the ids of the dialogues, workshops, library examples and stakeholders that inform it, each field a
 * list of ids separated by commas or spaces. The targets come from the picker, outside this record.
 */
@Introspected
public record CaseCommand(
        @NotBlank(message = "form.error.required") @Size(max = 200, message = "form.error.too-long") String title,
        @Size(max = 8000, message = "form.error.too-long") String background,
        @Size(max = 200, message = "form.error.too-long") String decidingBody,
        String decisionDate,
        @Nullable Long unit,
        @Size(max = 500, message = "form.error.too-long") String dialogues,
        @Size(max = 500, message = "form.error.too-long") String workshops,
        @Size(max = 500, message = "form.error.too-long") String examples,
        @Size(max = 500, message = "form.error.too-long") String stakeholders) implements CrossChecked {

    static CaseCommand empty() {
        return new CaseCommand("", "", "", "", null, "", "", "", "");
    }

    static CaseCommand of(CaseRow row, Map<String, List<Long>> items) {
        return new CaseCommand(row.title(), row.background(), row.decidingBody(),
                row.decisionDate() == null ? "" : row.decisionDate().toString(), row.unitId(),
                join(items.get("DIALOGUE")), join(items.get("WORKSHOP")), join(items.get("EXAMPLE")),
                join(items.get("STAKEHOLDER")));
    }

    private static String join(@Nullable List<Long> ids) {
        return ids == null ? "" : String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    @Override
    public void check(FormErrors errors) {
        if (decisionDate != null && !decisionDate.isBlank()) {
            try {
                LocalDate.parse(decisionDate.strip());
            } catch (DateTimeParseException e) {
                errors.add("decisionDate", "consequence.error.date");
            }
        }
        Map<String, String> fields = itemFields();
        fields.forEach((field, text) -> {
            if (ids(text) == null) {
                errors.add(field, "consequence.error.ids");
            }
        });
    }

    @Nullable
    LocalDate decisionDateValue() {
        return decisionDate == null || decisionDate.isBlank() ? null : LocalDate.parse(decisionDate.strip());
    }

    /** Link kind to the ids typed for it, once checked. */
    Map<String, Set<Long>> items() {
        Map<String, Set<Long>> out = new java.util.LinkedHashMap<>();
        List<String> kinds = LinkRow.ITEM_KINDS;
        List<String> texts = new ArrayList<>(itemFields().values());
        for (int i = 0; i < kinds.size(); i++) {
            out.put(kinds.get(i), ids(texts.get(i)));
        }
        return out;
    }

    private Map<String, String> itemFields() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("dialogues", dialogues == null ? "" : dialogues);
        fields.put("workshops", workshops == null ? "" : workshops);
        fields.put("examples", examples == null ? "" : examples);
        fields.put("stakeholders", stakeholders == null ? "" : stakeholders);
        return fields;
    }

    /** The ids in a text, or null when something in it is not an id. */
    @Nullable
    static Set<Long> ids(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                long id = Long.parseLong(part.strip());
                if (id <= 0) {
                    return null;
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ids;
    }

    public String unitText() {
        return unit == null ? "" : unit.toString();
    }
}
