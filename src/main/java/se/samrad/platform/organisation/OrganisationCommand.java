package se.samrad.platform.organisation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A platform admin's form for a new organisation, optionally inviting its first admin. */
@Introspected
record OrganisationCommand(@NotBlank(message = "form.error.required") @Size(max = 200, message = "form.error.too-long") String name,
                           @NotNull(message = "form.error.choose") OrganisationKind kind,
                           @Nullable Long parentId,
                           @Nullable @Email(message = "form.error.email") String adminEmail) {
}
