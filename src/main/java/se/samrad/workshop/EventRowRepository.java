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

    /** The highest sequence number of each of these workshops that has events, in one query. */
    @Query("SELECT workshop_id, MAX(seq) AS seq FROM workshop_event WHERE workshop_id IN (:workshopIds)"
            + " GROUP BY workshop_id")
    List<LastSeq> maxSeqs(java.util.Collection<Long> workshopIds);

    @io.micronaut.core.annotation.Introspected
    record LastSeq(long workshopId, long seq) {
    }

    @Query("SELECT * FROM workshop_event WHERE workshop_id = :workshopId AND seq > :after ORDER BY seq LIMIT :limit")
    List<EventRow> after(long workshopId, long after, int limit);

    Optional<EventRow> findByWorkshopIdAndAuthorAndClientId(long workshopId, String author, String clientId);
}
