package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A stakeholder organisation as stored; {@code orgNumber} is the ten digits or null. */
@MappedEntity("stakeholder")
public record StakeholderRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String name,
        StakeholderKind kind,
        boolean internal,
        @Nullable String orgNumber,
        String address,
        String web,
        String description,
        Instant createdAt,
        Instant updatedAt) {

    /** The number as people write it, or "". */
    public String orgNumberText() {
        return orgNumber == null ? "" : OrganisationNumber.format(orgNumber);
    }
}
