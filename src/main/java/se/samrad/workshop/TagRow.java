package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A goal target an activity (itemSeq 0) or one of its items is tagged with. */
@MappedEntity("workshop_tag")
record TagRow(
        @Id @GeneratedValue @Nullable Long id,
        long workshopId,
        long organisationId,
        long activityId,
        long itemSeq,
        long elementId,
        Instant createdAt) {
}
