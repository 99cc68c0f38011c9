package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A recorded decision as it became at one save, in words. */
@MappedEntity("consequence_decision_revision")
public record DecisionRevisionRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long caseId,
        @Nullable Long accountId,
        String content,
        Instant createdAt) {
}
