package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An organisation's goal (source) serving a target or objective of another framework (target). */
@MappedEntity("goal_mapping")
record MappingRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long sourceId,
        long targetId,
        String note,
        @Nullable Long createdBy,
        Instant createdAt) {

    MappingRow withNote(String note) {
        return new MappingRow(id, organisationId, sourceId, targetId, note, createdBy, createdAt);
    }
}
