package se.samrad.dialogue;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VersionRowRepository extends CrudRepository<VersionRow, Long> {

    List<VersionRow> findByDialogueIdOrderByNumber(long dialogueId);
}
