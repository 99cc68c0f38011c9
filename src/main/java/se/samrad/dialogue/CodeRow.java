package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A one-time participation code (only its hash) and the response it opened, once used. */
@MappedEntity("dialogue_code")
record CodeRow(@Id @GeneratedValue @Nullable Long id, long dialogueId, String codeHash, @Nullable Long responseId,
               Instant createdAt) {
}
