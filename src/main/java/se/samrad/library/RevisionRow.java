package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One step of an example's history: what was done, by whom, and the example as it was afterwards (JSON). */
@MappedEntity("library_revision")
public record RevisionRow(
        @Id @GeneratedValue @Nullable Long id,
        long exampleId,
        int revision,
        String action,
        @Nullable Long actorId,
        String actor,
        String note,
        String snapshot,
        Instant createdAt) {
}
