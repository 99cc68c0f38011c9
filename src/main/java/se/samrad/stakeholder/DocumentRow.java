package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A document attached to a stakeholder organisation, perhaps to one of its timeline entries, with its bytes. */
@MappedEntity("stakeholder_document")
record DocumentRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long stakeholderId,
        @Nullable Long engagementId,
        @Nullable Long contactId,
        DocumentKind kind,
        String fileName,
        String contentType,
        long sizeBytes,
        byte[] content,
        @Nullable Long createdBy,
        Instant createdAt) {
}
