package se.samrad.stakeholder;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TargetRowRepository extends CrudRepository<TargetRow, Long> {

    List<TargetRow> findByOrganisationIdAndStakeholderId(long organisationId, long stakeholderId);

    List<TargetRow> findByOrganisationIdAndElementIdIn(long organisationId, Collection<Long> elementIds);

    List<TargetRow> findByOrganisationId(long organisationId);

    void deleteByOrganisationIdAndStakeholderId(long organisationId, long stakeholderId);
}
