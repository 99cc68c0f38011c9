package se.samrad.relevance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoundRowRepository extends CrudRepository<RoundRow, Long> {

    List<RoundRow> findByOrganisationIdOrderByYearDesc(long organisationId);

    List<RoundRow> findByOrganisationIdAndIdIn(long organisationId, Collection<Long> ids);

    Optional<RoundRow> findByIdAndOrganisationId(long id, long organisationId);

    /** Open rounds of every organisation whose deadline falls in these days, for reminders before it. */
    List<RoundRow> findByClosedFalseAndDeadlineBetween(java.time.LocalDate from, java.time.LocalDate to);
}
