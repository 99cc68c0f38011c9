package se.samrad.relevance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SwotEvidenceRowRepository extends CrudRepository<SwotEvidenceRow, Long> {

    List<SwotEvidenceRow> findByOrganisationIdAndPointIdInOrderById(long organisationId, Collection<Long> pointIds);

    void deleteByOrganisationIdAndPointId(long organisationId, long pointId);
}
