package se.samrad.platform.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A unit inside an organisation (nämnd, förvaltning, verksamhet), arranged as a tree through {@code parentId}. */
@Serdeable
@MappedEntity("org_unit")
public record OrgUnit(
        @Id @GeneratedValue @Nullable Long id,
        Long organisationId,
        @Nullable Long parentId,
        String name,
        UnitKind kind,
        Instant createdAt) {

    public OrgUnit withName(String newName, UnitKind newKind, @Nullable Long newParentId) {
        return new OrgUnit(id, organisationId, newParentId, newName, newKind, createdAt);
    }
}
