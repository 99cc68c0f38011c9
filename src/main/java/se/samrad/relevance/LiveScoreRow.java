package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A relevance level agreed live in a workshop and sent to a unit of a round: where the unit's value came from. */
@MappedEntity("relevance_live_score")
public record LiveScoreRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long roundId,
        long unitId,
        long elementId,
        Relevance relevance,
        String source,
        String href,
        @Nullable Long sentBy,
        Instant sentAt) {
}
