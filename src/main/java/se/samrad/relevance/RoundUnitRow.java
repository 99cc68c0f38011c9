package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A unit taking part in a round, the staff member who answers for it, and when it handed in. */
@MappedEntity("relevance_round_unit")
public record RoundUnitRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long roundId,
        long unitId,
        @Nullable Long contactAccountId,
        @Nullable Instant submittedAt) {

    RoundUnitRow submitted(Instant at) {
        return new RoundUnitRow(id, organisationId, roundId, unitId, contactAccountId, at);
    }
}
