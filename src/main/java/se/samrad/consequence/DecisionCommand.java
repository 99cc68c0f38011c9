package se.samrad.consequence;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A decision as typed: the date (ISO), the deciding body, the chosen alternative's id, the protocol paragraph
 * (e.g. "§ 112") and why, in plain language. The actions come beside it ({@link DecisionActions}).
 */
@Introspected
public record DecisionCommand(
        @NotBlank(message = "form.error.required") String decidedOn,
        @NotBlank(message = "form.error.required") @Size(max = 200, message = "form.error.too-long") String body,
        @NotBlank(message = "form.error.required") String alternative,
        @Size(max = 40, message = "form.error.too-long") String paragraph,
        @NotBlank(message = "form.error.required") @Size(max = 4000, message = "form.error.too-long") String why)
        implements CrossChecked {

    static DecisionCommand empty(CaseRow kase) {
        return new DecisionCommand(kase.decisionDate() == null ? "" : kase.decisionDate().toString(),
                kase.decidingBody(), "", "", "");
    }

    static DecisionCommand of(DecisionRow row) {
        return new DecisionCommand(row.decidedOn().toString(), row.body(), Long.toString(row.alternativeId()),
                row.paragraph(), row.why());
    }

    @Override
    public void check(FormErrors errors) {
        if (decidedOn != null && !decidedOn.isBlank() && date(decidedOn) == null) {
            errors.add("decidedOn", "consequence.error.date");
        }
        if (alternative != null && !alternative.isBlank() && !alternative.strip().matches("\\d{1,18}")) {
            errors.add("alternative", "consequence.error.alternative");
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    LocalDate decidedOnValue() {
        return date(decidedOn);
    }

    long alternativeId() {
        return Long.parseLong(alternative.strip());
    }

    String paragraphText() {
        return paragraph == null ? "" : paragraph.strip();
    }
}
