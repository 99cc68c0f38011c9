package se.samrad.platform.security;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A signed-in browser. Stored in MariaDB so that sign-ins survive a restart and can be revoked. */
@MappedEntity("web_session")
public record WebSession(@Id String tokenHash, Long accountId, Instant createdAt, Instant lastSeenAt,
                         Instant expiresAt) {
}
