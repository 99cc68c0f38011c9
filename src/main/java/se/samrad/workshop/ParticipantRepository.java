package se.samrad.workshop;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ParticipantRepository extends CrudRepository<Participant, Long> {

    Optional<Participant> findByTokenHash(String tokenHash);

    List<Participant> findByWorkshopIdOrderById(long workshopId);

    Optional<Participant> findByIdAndWorkshopId(long id, long workshopId);
}
