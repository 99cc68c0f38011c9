package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of the workshop event log as stored. */
@MappedEntity("workshop_event")
record EventRow(
        @Id @GeneratedValue @Nullable Long id,
        long workshopId,
        long seq,
        String type,
        @Nullable Long activityId,
        String author,
        String clientId,
        String payload,
        Instant createdAt) {
}
