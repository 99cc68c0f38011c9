package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A unit taking part in a round, the staff member who answers for it, when it handed in, and when it was last
 * reminded and by whom.
 */
@MappedEntity("relevance_round_unit")
public record RoundUnitRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long roundId,
        long unitId,
        @Nullable Long contactAccountId,
        @Nullable Instant submittedAt,
        @Nullable Instant remindedAt,
        @MappedProperty("reminded_by_account") @Nullable Long remindedBy) {

    static RoundUnitRow of(long organisationId, long roundId, long unitId, @Nullable Long contactAccountId) {
        return new RoundUnitRow(null, organisationId, roundId, unitId, contactAccountId, null, null, null);
    }

    RoundUnitRow submitted(Instant at) {
        return new RoundUnitRow(id, organisationId, roundId, unitId, contactAccountId, at, remindedAt, remindedBy);
    }

    /** Reminded by Samråd itself (before the deadline), not by a person. */
    RoundUnitRow remindedBySamrad(Instant at) {
        return new RoundUnitRow(id, organisationId, roundId, unitId, contactAccountId, submittedAt, at, null);
    }

    RoundUnitRow reminded(Instant at, long by) {
        return new RoundUnitRow(id, organisationId, roundId, unitId, contactAccountId, submittedAt, at, by);
    }
}
