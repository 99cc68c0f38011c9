package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** The recorded decision of a case (one per case); {@code publicKey} names its public feedback page. */
@MappedEntity("consequence_decision")
public record DecisionRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long caseId,
        String publicKey,
        LocalDate decidedOn,
        String body,
        long alternativeId,
        String paragraph,
        String why,
        @Nullable Long recordedBy,
        Instant createdAt,
        Instant updatedAt) {
}
