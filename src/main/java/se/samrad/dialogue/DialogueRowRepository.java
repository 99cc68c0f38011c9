package se.samrad.dialogue;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DialogueRowRepository extends CrudRepository<DialogueRow, Long> {

    List<DialogueRow> findByOrganisationIdOrderByIdDesc(long organisationId);

    Optional<DialogueRow> findByPublicKey(String publicKey);

    Optional<DialogueRow> findByIdAndOrganisationId(long id, long organisationId);

    List<DialogueRow> findByOrganisationIdAndStateNotEqual(long organisationId, String state);
}
