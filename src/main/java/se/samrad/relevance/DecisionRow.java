package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * The analysis group's word on one element in a round: an overall relevance of its own (else the highest of the
 * units counts) with a reason, and whether it is prioritised, with a justification.
 */
@MappedEntity("relevance_decision")
public record DecisionRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long roundId,
        long elementId,
        @Nullable Relevance overall,
        String overallReason,
        boolean prioritised,
        String justification,
        Instant updatedAt) {
}
