package se.samrad.dialogue;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CodeRowRepository extends CrudRepository<CodeRow, Long> {

    Optional<CodeRow> findByDialogueIdAndCodeHash(long dialogueId, String codeHash);

    long countByDialogueId(long dialogueId);

    long countByDialogueIdAndResponseIdIsNotNull(long dialogueId);

    @Query("UPDATE dialogue_code SET response_id = :responseId WHERE id = :id AND response_id IS NULL")
    long claim(long id, long responseId);
}
