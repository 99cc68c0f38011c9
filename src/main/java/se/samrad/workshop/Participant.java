package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Someone who joined a workshop by its code: no account, a token in a cookie, a display name or none. */
@MappedEntity("workshop_participant")
public record Participant(
        @Id @GeneratedValue @Nullable Long id,
        long workshopId,
        String tokenHash,
        String displayName,
        Instant joinedAt) {

    String author() {
        return "p" + id;
    }
}
