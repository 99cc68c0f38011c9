package se.samrad.platform.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import se.samrad.platform.security.Role;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A one-time link that lets a new staff member create their account with the roles an admin chose.
 * Only the hash of the link's token is stored.
 */
@MappedEntity("invitation")
public record Invitation(
        @Id @GeneratedValue @Nullable Long id,
        Long organisationId,
        String email,
        String roles,
        String tokenHash,
        @Nullable Long createdBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant acceptedAt,
        boolean revoked) {

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public boolean isPending(Instant now) {
        return acceptedAt == null && !revoked && now.isBefore(expiresAt);
    }

    public Invitation accepted(Instant at) {
        return new Invitation(id, organisationId, email, roles, tokenHash, createdBy, createdAt, expiresAt, at,
                revoked);
    }

    public Invitation withRevoked() {
        return new Invitation(id, organisationId, email, roles, tokenHash, createdBy, createdAt, expiresAt,
                acceptedAt, true);
    }
}
