package se.samrad.stakeholder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

import java.time.LocalDate;
import java.util.Map;

import static se.samrad.stakeholder.OrganisationCommand.text;

/**
 * A link with a period: a contact's role at an organisation ({@code other} the organisation, {@code label} the
 * role or title) or a relation between organisations ({@code other} the related one, {@code kind} how).
 */
@Introspected
public record PeriodCommand(
        @NotNull(message = "form.error.choose") @Nullable Long other,
        @Nullable RelationKind kind,
        @Size(max = 200, message = "form.error.too-long") String label,
        @IsoDate String startsOn,
        @IsoDate String endsOn) implements CrossChecked {

    static PeriodCommand empty() {
        return new PeriodCommand(null, null, "", "", "");
    }

    static PeriodCommand from(Map<String, Object> form) {
        return new PeriodCommand(id(text(form, "other")), Enums.parse(RelationKind.class, text(form, "kind")),
                text(form, "label"), text(form, "startsOn"), text(form, "endsOn"));
    }

    /** For the form: the chosen organisation's id and relation kind as text, "" when none. */
    public String otherText() {
        return other == null ? "" : other.toString();
    }

    public String kindName() {
        return kind == null ? "" : kind.name();
    }

    LocalDate start() {
        return Dates.parse(startsOn);
    }

    LocalDate end() {
        return Dates.parse(endsOn);
    }

    @Override
    public void check(FormErrors errors) {
        if (Dates.backwards(start(), end())) {
            errors.add("endsOn", "stakeholder.error.period");
        }
    }

    private static Long id(String text) {
        try {
            return text.isEmpty() ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
