package se.samrad.consequence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DecisionRevisionRowRepository extends CrudRepository<DecisionRevisionRow, Long> {

    List<DecisionRevisionRow> findByOrganisationIdAndCaseIdOrderByIdDesc(long organisationId, long caseId);
}
