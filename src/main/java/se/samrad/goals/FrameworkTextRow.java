package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A framework's name and description in one language. */
@MappedEntity("goal_framework_text")
record FrameworkTextRow(
        @Id @GeneratedValue @Nullable Long id,
        long frameworkId,
        String lang,
        String name,
        String description) {
}
