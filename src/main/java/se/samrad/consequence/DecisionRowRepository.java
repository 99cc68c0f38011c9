package se.samrad.consequence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DecisionRowRepository extends CrudRepository<DecisionRow, Long> {

    Optional<DecisionRow> findByOrganisationIdAndCaseId(long organisationId, long caseId);

    List<DecisionRow> findByOrganisationIdAndCaseIdIn(long organisationId, Collection<Long> caseIds);

    List<DecisionRow> findByOrganisationIdAndIdIn(long organisationId, Collection<Long> ids);

    Optional<DecisionRow> findByPublicKey(String publicKey);

    List<DecisionRow> findByCaseIdIn(Collection<Long> caseIds);
}
