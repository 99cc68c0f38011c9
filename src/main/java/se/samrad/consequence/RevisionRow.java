package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One change to a cell: an assessor's view ({@code VIEW}) or the agreed value ({@code AGREED}) as it became. */
@MappedEntity("consequence_revision")
public record RevisionRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long caseId,
        long alternativeId,
        Horizon horizon,
        String aspect,
        String kind,
        @Nullable Long accountId,
        Rating rating,
        String text,
        Instant createdAt) {

    static final String VIEW = "VIEW";
    static final String AGREED = "AGREED";
}
