package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A target level (målnivå): the desired value of an indicator in a year, e.g. 2030. */
@MappedEntity("indicator_target")
public record TargetLevelRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long indicatorId,
        int year,
        double value,
        String note) {
}
