package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A response as stored (the draft is JSON of {@link Answers}); the row's other columns are written by SQL. */
@MappedEntity("dialogue_response")
record StoredResponse(@Id long id, long dialogueId, long versionId, String lang, String state, @Nullable String draft,
                      @Nullable Long codeId, Instant startedAt, @Nullable Instant submittedAt) {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String SUBMITTED = "SUBMITTED";

    boolean submitted() {
        return SUBMITTED.equals(state);
    }
}
