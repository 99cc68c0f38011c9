package se.samrad.relevance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoundUnitRowRepository extends CrudRepository<RoundUnitRow, Long> {

    List<RoundUnitRow> findByOrganisationIdAndRoundId(long organisationId, long roundId);

    List<RoundUnitRow> findByOrganisationIdAndContactAccountId(long organisationId, long contactAccountId);

    Optional<RoundUnitRow> findByOrganisationIdAndRoundIdAndUnitId(long organisationId, long roundId, long unitId);
}
