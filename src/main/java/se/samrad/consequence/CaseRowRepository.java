package se.samrad.consequence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CaseRowRepository extends CrudRepository<CaseRow, Long> {

    List<CaseRow> findByOrganisationIdOrderByCreatedAtDesc(long organisationId);

    List<CaseRow> findByOrganisationIdAndIdIn(long organisationId, Collection<Long> ids);

    Optional<CaseRow> findByIdAndOrganisationId(long id, long organisationId);
}
