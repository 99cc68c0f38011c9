package se.samrad.goals;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MappingRowRepository extends CrudRepository<MappingRow, Long> {

    List<MappingRow> findByOrganisationIdOrderById(long organisationId);

    List<MappingRow> findByOrganisationIdAndTargetIdOrderById(long organisationId, long targetId);

    List<MappingRow> findBySourceIdOrderById(long sourceId);

    Optional<MappingRow> findByIdAndOrganisationId(long id, long organisationId);

    boolean existsBySourceIdAndTargetId(long sourceId, long targetId);
}
