package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import se.samrad.platform.db.CommaSeparated;

import java.time.Instant;
import java.util.List;

/** A dialogue as stored: its texts as one JSON document, its languages as {@code sv,en,…} (the first its own). */
@MappedEntity("dialogue")
record DialogueRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String publicKey,
        DialogueState state,
        @TypeDef(type = DataType.JSON) DialogueTexts texts,
        @MappedProperty(converter = CommaSeparated.class) List<String> languages,
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
