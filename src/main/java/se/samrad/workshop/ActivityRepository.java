package se.samrad.workshop;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ActivityRepository extends CrudRepository<Activity, Long> {

    List<Activity> findByWorkshopIdOrderByPosition(long workshopId);

    Optional<Activity> findByIdAndWorkshopId(long id, long workshopId);

    int countByWorkshopId(long workshopId);

    @io.micronaut.data.annotation.Query("SELECT a.* FROM workshop_activity a JOIN workshop w ON w.id = a.workshop_id "
            + "WHERE w.organisation_id = :organisationId AND a.kind = 'SDG_MATRIX' ORDER BY a.id")
    List<Activity> sdgMatrices(long organisationId);
}
