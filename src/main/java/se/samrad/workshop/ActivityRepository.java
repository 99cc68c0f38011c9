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
}
