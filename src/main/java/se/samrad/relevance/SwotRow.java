package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.samrad.goals.Dimension;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One SWOT point of a round, in one dimension, linked to targets by code. */
@MappedEntity("relevance_swot")
public record SwotRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long roundId,
        Dimension dimension,
        SwotKind kind,
        String text,
        String targets,
        Instant createdAt) {

    public List<String> targetCodes() {
        return Arrays.stream(targets.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }
}
