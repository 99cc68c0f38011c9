package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An organisation's follow-up settings: its own Kolada municipality id, and whether the follow-up is public. */
@MappedEntity("indicator_settings")
public record SettingsRow(
        @Id long organisationId,
        @Nullable String koladaMunicipality,
        boolean published) {
}
