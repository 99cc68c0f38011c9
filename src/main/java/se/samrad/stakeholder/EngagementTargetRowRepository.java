package se.samrad.stakeholder;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EngagementTargetRowRepository extends CrudRepository<EngagementTargetRow, Long> {

    List<EngagementTargetRow> findByOrganisationIdAndElementIdIn(long organisationId, Collection<Long> elementIds);
}
