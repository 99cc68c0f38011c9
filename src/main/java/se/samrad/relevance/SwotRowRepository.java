package se.samrad.relevance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SwotRowRepository extends CrudRepository<SwotRow, Long> {

    List<SwotRow> findByOrganisationIdAndRoundIdOrderById(long organisationId, long roundId);

    Optional<SwotRow> findByIdAndOrganisationIdAndRoundId(long id, long organisationId, long roundId);
}
