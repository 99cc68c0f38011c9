package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A case's alternatives sent to a workshop as dot voting; {@code alternativeIds} in the activity's option order. */
@MappedEntity("consequence_workshop_vote")
public record WorkshopVoteRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long caseId,
        long workshopId,
        long activityId,
        String alternativeIds,
        @Nullable Long sentBy,
        Instant sentAt) {
}
