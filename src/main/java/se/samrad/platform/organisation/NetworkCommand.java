package se.samrad.platform.organisation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form for a new network: its name and what it is for. */
@Introspected
record NetworkCommand(@NotBlank(message = "form.error.required") @Size(max = 200, message = "form.error.too-long")
                      @Nullable String name,
                      @Size(max = 2000, message = "form.error.too-long") @Nullable String description) {
}
