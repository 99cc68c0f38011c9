package se.samrad.consequence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ActionIndicatorRowRepository extends CrudRepository<ActionIndicatorRow, Long> {

    List<ActionIndicatorRow> findByOrganisationIdAndActionIdIn(long organisationId, Collection<Long> actionIds);

    List<ActionIndicatorRow> findByOrganisationIdAndIndicatorId(long organisationId, long indicatorId);
}
