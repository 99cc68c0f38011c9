package se.samrad.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One entry of the audit log: who did what to what, and when. {@code organisationId} is null for
 * platform-level events (organisations and networks).
 */
@Serdeable
@MappedEntity("audit_event")
public record AuditEvent(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long organisationId,
        @Nullable Long actorAccountId,
        String actorLabel,
        String action,
        String target,
        String detail,
        Instant createdAt) {
}
