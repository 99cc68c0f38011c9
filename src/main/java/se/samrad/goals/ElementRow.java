package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A stored goal (level 1) or target (level 2) of a framework. */
@MappedEntity("goal_element")
record ElementRow(
        @Id @GeneratedValue @Nullable Long id,
        long frameworkId,
        @Nullable Long parentId,
        int level,
        String code,
        int position,
        @Nullable String colour,
        String dimensions,
        Instant createdAt) {

    ElementRow with(@Nullable Long parentId, String code, int position, @Nullable String colour, String dimensions) {
        return new ElementRow(id, frameworkId, parentId, level, code, position, colour, dimensions, createdAt);
    }
}
