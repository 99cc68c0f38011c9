package se.samrad.dialogue;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PopulationRowRepository extends CrudRepository<PopulationRow, Long> {

    @Query("SELECT * FROM dialogue_population WHERE dialogue_id = :dialogueId")
    List<PopulationRow> forDialogue(long dialogueId);

    @Query("DELETE FROM dialogue_population WHERE dialogue_id = :dialogueId")
    void deleteForDialogue(long dialogueId);
}
