package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A dialogue as stored; texts are JSON ({@link DialogueTexts}), languages comma-separated. */
@MappedEntity("dialogue")
record DialogueRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String publicKey,
        String state,
        String texts,
        String languages,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        boolean anonymous,
        boolean requiresCode,
        @Nullable Long currentVersionId,
        @Nullable Instant summaryPublishedAt,
        @Nullable Long createdBy,
        Instant createdAt,
        Instant updatedAt) {
}
