package se.samrad.indicator;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Pattern;

/** The organisation's own Kolada municipality id and whether its follow-up is published for residents. */
@Introspected
public record SettingsCommand(
        @Nullable @Pattern(regexp = "^$|^[0-9]{4}$", message = "indicator.error.municipality") String koladaMunicipality,
        boolean published) {
}
