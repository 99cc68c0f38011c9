package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** A stored goal framework (målramverk); {@link Framework} is what the rest of the code reads. */
@MappedEntity("goal_framework")
record FrameworkRow(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("fkey") String key,
        @Nullable Long organisationId,
        String kind,
        int position,
        String sourceUrl,
        Instant createdAt) {

    FrameworkRow with(String kind, int position, String sourceUrl) {
        return new FrameworkRow(id, key, organisationId, kind, position, sourceUrl, createdAt);
    }
}
