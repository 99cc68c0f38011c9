package se.samrad.indicator;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A value typed on an indicator's page; a blank value removes the one stored for that series, year and gender. */
@Introspected
public record ValueCommand(
        @NotBlank(message = "form.error.choose") @Pattern(regexp = "^(OWN|[0-9]{4}|G[0-9]{1,10})$",
                message = "form.error.choose") @Nullable String series,
        @NotBlank(message = "form.error.required") @Pattern(regexp = Numbers.YEAR, message = "indicator.error.year")
        @Nullable String year,
        @Nullable @Pattern(regexp = "^$|^[TKM]$", message = "form.error.choose") String gender,
        @Nullable @Pattern(regexp = Numbers.DECIMAL_OR_BLANK, message = "indicator.error.number") String value) {

    static ValueCommand empty() {
        return new ValueCommand(ValueRow.OWN, "", ValueRow.TOTAL, "");
    }

    String genderOrTotal() {
        return gender == null || gender.isBlank() ? ValueRow.TOTAL : gender;
    }
}
