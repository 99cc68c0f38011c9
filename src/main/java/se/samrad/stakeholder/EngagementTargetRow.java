package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A goal element an engagement entry or agreement concerns. */
@MappedEntity("stakeholder_engagement_target")
public record EngagementTargetRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long engagementId,
        long elementId) {
}
