package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The value of a cell the case owner settled, with a note on why. */
@MappedEntity("consequence_agreed")
public record AgreedRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long caseId,
        long alternativeId,
        Horizon horizon,
        String aspect,
        Rating rating,
        String note,
        @Nullable Long decidedByAccount,
        Instant updatedAt) {
}
