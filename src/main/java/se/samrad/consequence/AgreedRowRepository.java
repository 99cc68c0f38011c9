package se.samrad.consequence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AgreedRowRepository extends CrudRepository<AgreedRow, Long> {

    List<AgreedRow> findByOrganisationIdAndCaseId(long organisationId, long caseId);

    List<AgreedRow> findByOrganisationIdAndCaseIdIn(long organisationId, Collection<Long> caseIds);
}
