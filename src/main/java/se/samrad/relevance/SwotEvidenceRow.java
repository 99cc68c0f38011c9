package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A SWOT point's citation of one piece of evidence for one target, by the item's key ({@link SwotEvidence#key}). */
@MappedEntity("relevance_swot_evidence")
public record SwotEvidenceRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long pointId,
        long elementId,
        String itemKey,
        Instant createdAt) {
}
