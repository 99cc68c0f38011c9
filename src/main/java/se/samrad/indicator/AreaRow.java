package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A comparison area the organisation follows: a Kolada municipality, municipality group or the country. */
@MappedEntity("indicator_area")
public record AreaRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String code,
        String title) {
}
