package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The single-statement reads and writes of responses and their contact details. Submissions, with their answer
 * rows and totals, go through {@link SubmissionStore}.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ResponseRepository extends GenericRepository<StoredResponse, Long> {

    String EMPTY_DRAFT = "{\"values\":{},\"other\":{}}";

    /**
     * Starts a response reachable by {@code tokenHash}; starting again with the same token (a double click, a
     * retried request) returns the response already started.
     */
    @Transactional
    default StoredResponse start(long dialogueId, long versionId, String tokenHash, String lang, @Nullable Long codeId,
                                 @Nullable Contact contact, Instant now) {
        boolean started = insertStarted(dialogueId, versionId, tokenHash, lang, StoredResponse.IN_PROGRESS, EMPTY_DRAFT,
                codeId, now) == 1;
        StoredResponse response = byToken(dialogueId, tokenHash).orElseThrow();
        if (started && contact != null && (contact.name() != null || contact.email() != null)) {
            insertContact(response.id(), dialogueId, contact.name(), contact.email());
        }
        return response;
    }

    @Query("INSERT IGNORE INTO dialogue_response (dialogue_id, version_id, token_hash, lang, state, draft, code_id,"
            + " started_at, updated_at) VALUES (:dialogueId, :versionId, :tokenHash, :lang, :state, :draft, :codeId,"
            + " :now, :now)")
    long insertStarted(long dialogueId, long versionId, String tokenHash, String lang, String state, String draft,
                       @Nullable Long codeId, Instant now);

    @Query("INSERT INTO dialogue_contact (response_id, dialogue_id, name, email)"
            + " VALUES (:responseId, :dialogueId, :name, :email)")
    void insertContact(long responseId, long dialogueId, @Nullable String name, @Nullable String email);

    @Query("SELECT * FROM dialogue_response WHERE dialogue_id = :dialogueId AND token_hash = :tokenHash")
    Optional<StoredResponse> byToken(long dialogueId, String tokenHash);

    @Query("SELECT * FROM dialogue_response WHERE id = :id")
    Optional<StoredResponse> byId(long id);

    /** Submitted responses that left contact details, for sending feedback. */
    @Query("SELECT c.name, c.email FROM dialogue_contact c JOIN dialogue_response r ON r.id = c.response_id"
            + " WHERE c.dialogue_id = :dialogueId AND r.state = 'SUBMITTED' ORDER BY c.response_id")
    List<Contact> contacts(long dialogueId);

    /** Responses (submitted or not) that hold contact details. */
    @Query("SELECT COUNT(*) FROM dialogue_contact WHERE dialogue_id = :dialogueId")
    long contactCount(long dialogueId);

    /** Erases every contact detail given in a dialogue (once feedback has been sent); the answers stay. */
    @Query("DELETE FROM dialogue_contact WHERE dialogue_id = :dialogueId")
    int eraseContacts(long dialogueId);

    /** Points a response at a new private link (a participation code used again continues its response). */
    @Query("UPDATE dialogue_response SET token_hash = :tokenHash WHERE id = :id AND state = 'IN_PROGRESS'")
    long rekey(long id, String tokenHash);

    /** Keeps a resident's answers so far; nothing happens once the response has been submitted. */
    @Query("UPDATE dialogue_response SET draft = :draft, lang = :lang, updated_at = :now"
            + " WHERE id = :id AND state = 'IN_PROGRESS'")
    long saveDraft(long id, String draft, String lang, Instant now);

    @Query("SELECT COUNT(*) FROM dialogue_response WHERE dialogue_id = :dialogueId AND state = 'IN_PROGRESS'")
    long inProgress(long dialogueId);

    @Query("SELECT id FROM dialogue_response WHERE dialogue_id = :dialogueId AND client_key = :clientKey")
    Optional<Long> idByClientKey(long dialogueId, String clientKey);
}
