package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A live workshop (workshop, samtal): a facilitated session that participants join by its code. */
@MappedEntity("workshop")
public record Workshop(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String title,
        String description,
        String code,
        boolean allowAnonymous,
        Status status,
        @Nullable Long createdBy,
        Instant createdAt,
        @Nullable Instant endedAt) {

    public enum Status { DRAFT, LIVE, ENDED }

    Workshop withStatus(Status status, @Nullable Instant endedAt) {
        return new Workshop(id, organisationId, title, description, code, allowAnonymous, status, createdBy,
                createdAt, endedAt);
    }

    Workshop withTexts(String title, String description, boolean allowAnonymous) {
        return new Workshop(id, organisationId, title, description, code, allowAnonymous, status, createdBy,
                createdAt, endedAt);
    }

    public boolean isEnded() {
        return status == Status.ENDED;
    }
}
