package se.samrad.platform.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRowRepository extends CrudRepository<OutboxRow, Long> {

    /** Adds a message unless one with its key is there already; answers 1 when added. */
    @Query("INSERT IGNORE INTO mail_outbox (organisation_id, message_key, recipient, language, subject, body_text,"
            + " body_html, status, attempts, next_attempt_at, last_error, created_at)"
            + " VALUES (:organisationId, :key, :recipient, :language, :subject, :text, :html, 'QUEUED', 0, :now, '',"
            + " :now)")
    int insertIgnore(@io.micronaut.core.annotation.Nullable Long organisationId, String key, String recipient, String language, String subject, String text,
                     String html, Instant now);

    Optional<OutboxRow> findByMessageKey(String messageKey);

    @Query("SELECT * FROM mail_outbox WHERE status = 'QUEUED' AND next_attempt_at <= :now ORDER BY next_attempt_at, id"
            + " LIMIT :limit")
    List<OutboxRow> due(Instant now, int limit);

    /** Takes a due message for one attempt (a lease until {@code until}); 0 when another node took it first. */
    @Query("UPDATE mail_outbox SET next_attempt_at = :until WHERE id = :id AND status = 'QUEUED'"
            + " AND next_attempt_at = :seen")
    int claim(long id, Instant seen, Instant until);

    @Query("UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = ''"
            + " WHERE id = :id")
    int markSent(long id, Instant now);

    @Query("UPDATE mail_outbox SET status = :status, attempts = attempts + 1, next_attempt_at = :next,"
            + " last_error = :error WHERE id = :id")
    int markFailed(long id, String status, Instant next, String error);

    @Query("SELECT * FROM mail_outbox WHERE organisation_id = :organisationId ORDER BY created_at DESC, id DESC"
            + " LIMIT :limit")
    List<OutboxRow> ofOrganisation(long organisationId, int limit);

    @Query("UPDATE mail_outbox SET recipient = '', subject = '', body_text = '', body_html = '',"
            + " status = CASE WHEN status = 'SENT' THEN 'SENT' ELSE 'FAILED' END,"
            + " last_error = CASE WHEN status = 'SENT' THEN '' ELSE 'erased' END, next_attempt_at = :now"
            + " WHERE organisation_id = :organisationId AND message_key IN (:keys)")
    int erase(long organisationId, java.util.Collection<String> keys, Instant now);

    @Query("SELECT * FROM mail_outbox WHERE organisation_id = :organisationId AND message_key IN (:keys)")
    List<OutboxRow> byKeys(long organisationId, java.util.Collection<String> keys);
}
