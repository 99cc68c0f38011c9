package se.samrad.platform.organisation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The unit form: a unit's name, kind and the unit it belongs to (none: directly under the organisation). */
@Introspected
record UnitCommand(@NotBlank(message = "form.error.required") @Size(max = 200, message = "form.error.too-long") String name,
                   @NotNull(message = "form.error.choose") UnitKind kind,
                   @Nullable Long parentId) {
}
