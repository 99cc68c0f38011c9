package se.samrad.relevance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Opening a round: its year and title, the frameworks beside Agenda 2030, the units taking part, each unit's
 * contact ({@code contact-<unitId>}: an account id), the deadline and instructions for the units.
 */
@Introspected
public record OpenRoundCommand(
        @NotBlank(message = "relevance.error.year") String year,
        @NotBlank(message = "form.error.required") @Size(max = 200, message = "form.error.too-long") String title,
        List<String> frameworks,
        @NotEmpty(message = "relevance.error.units") List<Long> units,
        Map<String, String> contact,
        @NotBlank(message = "relevance.error.deadline") String deadline,
        @Size(max = 4000, message = "form.error.too-long") String instructions) implements CrossChecked {

    static OpenRoundCommand empty(int year) {
        return new OpenRoundCommand(Integer.toString(year), "", List.of(), List.of(), Map.of(), "", "");
    }

    /** The year, once checked. */
    int yearValue() {
        return Integer.parseInt(year.strip());
    }

    /** The deadline, once checked. */
    LocalDate deadlineDate() {
        return LocalDate.parse(deadline.strip());
    }

    /** Year and deadline are taken as text, so that what was typed comes back with the error. */
    @Override
    public void check(FormErrors errors) {
        if (year != null && !year.isBlank()) {
            try {
                int value = Integer.parseInt(year.strip());
                if (value < 2000 || value > 2100) {
                    errors.add("year", "relevance.error.year");
                }
            } catch (NumberFormatException e) {
                errors.add("year", "relevance.error.year");
            }
        }
        if (deadline != null && !deadline.isBlank()) {
            try {
                LocalDate.parse(deadline.strip());
            } catch (DateTimeParseException e) {
                errors.add("deadline", "relevance.error.deadline");
            }
        }
    }

    /** The chosen contact of a unit, null when none or not a number. */
    @Nullable
    Long contactOf(long unitId) {
        String value = contact == null ? null : contact.get(Long.toString(unitId));
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** For the template: the contact chosen for a unit as text. */
    public String contactText(long unitId) {
        Long id = contactOf(unitId);
        return id == null ? "" : id.toString();
    }

    public String deadlineText() {
        return deadline == null ? "" : deadline;
    }

    public String yearText() {
        return year == null ? "" : year;
    }
}
