package se.samrad.stakeholder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** What a page or an export shows of a document: no bytes. {@code contactId} set: it concerns a person. */
@Introspected
@Serdeable
public record Document(long id, long stakeholderId, @Nullable Long engagementId, @Nullable Long contactId,
                       DocumentKind kind, String fileName, String contentType, long sizeBytes, Instant createdAt) {

    /** The size in whole kilobytes, rounded up, for the page. */
    public long kilobytes() {
        return (sizeBytes + 1023) / 1024;
    }

    public String createdOnText() {
        return createdAt.toString().substring(0, 10);
    }
}
