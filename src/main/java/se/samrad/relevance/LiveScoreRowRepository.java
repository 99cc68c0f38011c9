package se.samrad.relevance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LiveScoreRowRepository extends CrudRepository<LiveScoreRow, Long> {

    List<LiveScoreRow> findByOrganisationIdAndRoundIdAndUnitIdAndElementIdIn(long organisationId, long roundId,
                                                                             long unitId, Collection<Long> elementIds);
}
