package se.samrad.platform.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A staff account. It belongs to one organisation, except a platform admin's, which belongs to none.
 * Residents and workshop participants never have accounts.
 */
@MappedEntity("account")
public record Account(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long organisationId,
        String email,
        String displayName,
        String passwordHash,
        boolean active,
        int failedLogins,
        @Nullable Instant lockedUntil,
        Instant createdAt,
        @Nullable Instant lastLoginAt) {

    public Account withActive(boolean value) {
        return new Account(id, organisationId, email, displayName, passwordHash, value, failedLogins, lockedUntil,
                createdAt, lastLoginAt);
    }

    public Account withPasswordHash(String hash) {
        return new Account(id, organisationId, email, displayName, hash, active, failedLogins, lockedUntil,
                createdAt, lastLoginAt);
    }

    public Account withLoginFailure(int failures, @Nullable Instant until) {
        return new Account(id, organisationId, email, displayName, passwordHash, active, failures, until, createdAt,
                lastLoginAt);
    }

    public Account withLoginSuccess(Instant at) {
        return new Account(id, organisationId, email, displayName, passwordHash, active, 0, null, createdAt, at);
    }

    public Account erased(String placeholderEmail, String placeholderName, String unusableHash) {
        return new Account(id, organisationId, placeholderEmail, placeholderName, unusableHash, false, 0, null,
                createdAt, null);
    }
}
