package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** A synonym rule staff added to the library's search. */
@MappedEntity("library_synonym")
public record SynonymRow(@Id @GeneratedValue @Nullable Long id, @MappedProperty("rule_text") String rule,
                  @Nullable Long createdBy, @DateCreated @Nullable Instant createdAt) {
}
