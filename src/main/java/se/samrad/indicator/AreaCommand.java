package se.samrad.indicator;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A comparison area as typed: a Kolada municipality id (four digits) or municipality group id (G and digits). */
@Introspected
public record AreaCommand(
        @NotBlank(message = "form.error.required") @Pattern(regexp = "^([0-9]{4}|G[0-9]{1,10})$",
                message = "indicator.error.area-code") @Nullable String code,
        @NotBlank(message = "form.error.required") @Size(max = 200, message = "form.error.too-long")
        @Nullable String areaTitle) {

    static AreaCommand empty() {
        return new AreaCommand("", "");
    }
}
