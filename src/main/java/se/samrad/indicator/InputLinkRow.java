package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A workshop or dialogue (an input channel's {@code kind} and its id there) started from an indicator. */
@MappedEntity("indicator_input")
public record InputLinkRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long indicatorId,
        String kind,
        long refId,
        long startedBy,
        Instant startedAt) {
}
