package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A stakeholder organisation of one register shared with a network its organisation belongs to. */
@MappedEntity("stakeholder_share")
record ShareRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long stakeholderId,
        long networkId,
        @Nullable Long sharedBy,
        Instant sharedAt) {
}
