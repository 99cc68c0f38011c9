package se.samrad.indicator;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface GoalLinkRowRepository extends CrudRepository<GoalLinkRow, Long> {

    List<GoalLinkRow> findByOrganisationIdAndIndicatorId(long organisationId, long indicatorId);

    List<GoalLinkRow> findByOrganisationIdAndIndicatorIdIn(long organisationId, Collection<Long> indicatorIds);

    List<GoalLinkRow> findByOrganisationIdAndElementIdIn(long organisationId, Collection<Long> elementIds);

    void deleteByOrganisationIdAndIndicatorId(long organisationId, long indicatorId);
}
