package se.samrad.platform.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A message in the outbox with its delivery state; {@code lastError} is why the last attempt failed. */
@MappedEntity("mail_outbox")
public record OutboxRow(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long organisationId,
        String messageKey,
        String recipient,
        String language,
        String subject,
        String bodyText,
        String bodyHtml,
        MailStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {
}
