package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A goal element (target, or goal without targets, of any framework) a stakeholder cares about. */
@MappedEntity("stakeholder_target")
public record TargetRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long stakeholderId,
        long elementId,
        String note) {
}
