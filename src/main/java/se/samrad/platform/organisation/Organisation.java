package se.samrad.platform.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A tenant of the platform: a municipality, region, municipal group (kommunkoncern) or one of the group's
 * companies and federations. Its data is separate from every other organisation's.
 */
@Serdeable
@MappedEntity("organisation")
public record Organisation(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        OrganisationKind kind,
        @Nullable Long parentId,
        Instant createdAt) {
}
