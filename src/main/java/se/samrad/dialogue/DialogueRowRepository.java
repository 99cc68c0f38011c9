package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DialogueRowRepository extends CrudRepository<DialogueRow, Long> {

    List<DialogueRow> findByOrganisationIdOrderByIdDesc(long organisationId);

    Optional<DialogueRow> findByPublicKey(String publicKey);

    Optional<DialogueRow> findByIdAndOrganisationId(long id, long organisationId);

    /** Publishing, closing, archiving. */
    void updateState(@Id long id, DialogueState state, Instant updatedAt);

    /** The questions residents now answer (a new version). */
    void updateCurrentVersionId(@Id long id, long currentVersionId, Instant updatedAt);

    /** The "what we heard" summary, published at that time or withdrawn ({@code null}). */
    void update(@Id long id, DialogueTexts texts, @Nullable Instant summaryPublishedAt, Instant updatedAt);
}
