package se.samrad.consequence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface WorkshopVoteRowRepository extends CrudRepository<WorkshopVoteRow, Long> {

    Optional<WorkshopVoteRow> findFirstByOrganisationIdAndCaseIdOrderByIdDesc(long organisationId, long caseId);
}
