package se.samrad.indicator;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A target level as typed: the desired value in a year; a blank value removes that year's target. */
@Introspected
public record TargetCommand(
        @NotBlank(message = "form.error.required") @Pattern(regexp = Numbers.YEAR, message = "indicator.error.year")
        @Nullable String targetYear,
        @Nullable @Pattern(regexp = Numbers.DECIMAL_OR_BLANK, message = "indicator.error.number") String targetValue,
        @Nullable @Size(max = 1000, message = "form.error.too-long") String note) {

    static TargetCommand empty() {
        return new TargetCommand("2030", "", "");
    }
}
