package se.samrad.consequence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DecisionTextRowRepository extends CrudRepository<DecisionTextRow, Long> {

    List<DecisionTextRow> findByOrganisationIdAndDecisionId(long organisationId, long decisionId);

    void deleteByOrganisationIdAndDecisionId(long organisationId, long decisionId);
}
