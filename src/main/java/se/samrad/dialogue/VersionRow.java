package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One version of a dialogue's questions ({@link Questionnaire} as JSON); frozen once published. */
@MappedEntity("dialogue_version")
record VersionRow(
        @Id @GeneratedValue @Nullable Long id,
        long dialogueId,
        int number,
        String definition,
        @Nullable Instant frozenAt,
        Instant createdAt) {
}
