package se.samrad.library;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** What a page shows of an attachment: no bytes. */
@Introspected
@Serdeable
public record Attachment(long id, long exampleId, String fileName, String contentType, long sizeBytes,
                         Instant createdAt) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
