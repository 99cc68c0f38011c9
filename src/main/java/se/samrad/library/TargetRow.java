package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An example tagged with a goal target (or a goal without targets) of the catalogue. */
@MappedEntity("library_example_target")
record TargetRow(@Id @GeneratedValue @Nullable Long id, long exampleId, long elementId) {
}
