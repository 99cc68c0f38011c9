package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One unit's assessment of one goal element in a round (a draft until the unit submits). */
@MappedEntity("relevance_answer")
public record AnswerRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long roundId,
        long unitId,
        long elementId,
        @Nullable Relevance relevance,
        @Nullable Control control,
        String collaborators,
        String contribution,
        String steering,
        String challenges,
        String note,
        Instant updatedAt) {
}
