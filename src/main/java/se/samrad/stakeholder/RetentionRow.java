package se.samrad.stakeholder;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** How many months an organisation keeps a contact's data after the last engagement or review. */
@MappedEntity("stakeholder_retention")
public record RetentionRow(@Id long organisationId, int months) {
}
