package se.samrad.stakeholder;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RelationRowRepository extends CrudRepository<RelationRow, Long> {

    List<RelationRow> findByOrganisationIdAndFromId(long organisationId, long fromId);

    List<RelationRow> findByOrganisationIdAndToId(long organisationId, long toId);

    Optional<RelationRow> findByIdAndOrganisationId(long id, long organisationId);
}
