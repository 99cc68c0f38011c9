package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One assessor's own view of one cell (alternative × horizon × aspect): a rating, a reason, evidence links. */
@MappedEntity("consequence_view")
public record ViewRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long caseId,
        long alternativeId,
        Horizon horizon,
        String aspect,
        long assessorAccountId,
        Rating rating,
        String reason,
        String evidence,
        Instant updatedAt) {
}
