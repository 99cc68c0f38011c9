package se.samrad.relevance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The language each unit contact works on their assessment tasks in ({@code relevance_contact_language}). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ContactLanguageRepository extends GenericRepository<ContactLanguageRepository.Row, Long> {

    @io.micronaut.data.annotation.MappedEntity("relevance_contact_language")
    record Row(@io.micronaut.data.annotation.Id long accountId, long organisationId, String lang, Instant updatedAt) {
    }

    @Query("INSERT INTO relevance_contact_language (account_id, organisation_id, lang, updated_at)"
            + " VALUES (:accountId, :organisationId, :lang, :now)"
            + " ON DUPLICATE KEY UPDATE lang = VALUES(lang), updated_at = VALUES(updated_at)")
    void remember(long accountId, long organisationId, String lang, Instant now);

    @Query("SELECT lang FROM relevance_contact_language WHERE account_id = :accountId"
            + " AND organisation_id = :organisationId")
    Optional<String> langOf(long accountId, long organisationId);
}
