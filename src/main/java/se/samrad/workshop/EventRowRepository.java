package se.samrad.workshop;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EventRowRepository extends CrudRepository<EventRow, Long> {

    @Query("SELECT COALESCE(MAX(seq), 0) FROM workshop_event WHERE workshop_id = :workshopId")
    long maxSeq(long workshopId);

    @Query("SELECT * FROM workshop_event WHERE workshop_id = :workshopId AND seq > :after ORDER BY seq LIMIT :limit")
    List<EventRow> after(long workshopId, long after, int limit);

    Optional<EventRow> findByWorkshopIdAndAuthorAndClientId(long workshopId, String author, String clientId);
}
