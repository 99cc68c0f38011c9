package se.samrad.platform.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Membership of an organisation in a network; a coordinating member curates what the network shares. */
@Serdeable
@MappedEntity("network_member")
public record NetworkMember(
        @Id @GeneratedValue @Nullable Long id,
        Long networkId,
        Long organisationId,
        boolean coordinator,
        Instant joinedAt) {
}
