package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A result measured by an indicator (nyckeltal): the value before and after, with their years. */
@Serdeable
@MappedEntity("library_indicator")
public record IndicatorRow(
        @Id @GeneratedValue @Nullable Long id,
        long exampleId,
        int position,
        String name,
        String unit,
        @Nullable Double valueBefore,
        @Nullable Integer yearBefore,
        @Nullable Double valueAfter,
        @Nullable Integer yearAfter) {

    /** The change from before to after, or null when either value is missing. */
    public @Nullable Double change() {
        return valueBefore == null || valueAfter == null ? null : valueAfter - valueBefore;
    }
}
