package se.samrad.consequence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AlternativeRowRepository extends CrudRepository<AlternativeRow, Long> {

    List<AlternativeRow> findByOrganisationIdAndCaseIdOrderByPosition(long organisationId, long caseId);

    List<AlternativeRow> findByOrganisationIdAndCaseIdInOrderByPosition(long organisationId, Collection<Long> caseIds);

    Optional<AlternativeRow> findByIdAndOrganisationIdAndCaseId(long id, long organisationId, long caseId);
}
