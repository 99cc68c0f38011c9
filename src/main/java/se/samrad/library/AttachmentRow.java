package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An attached file with its bytes and, for a PDF, its extracted text (pending until it is extracted). */
@MappedEntity("library_attachment")
record AttachmentRow(
        @Id @GeneratedValue @Nullable Long id,
        long exampleId,
        String fileName,
        String contentType,
        long sizeBytes,
        byte[] content,
        @Nullable String extractedText,
        boolean textPending,
        @Nullable Long createdBy,
        Instant createdAt) {
}
