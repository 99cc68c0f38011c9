package se.samrad.relevance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AnswerRowRepository extends CrudRepository<AnswerRow, Long> {

    List<AnswerRow> findByOrganisationIdAndRoundId(long organisationId, long roundId);

    List<AnswerRow> findByOrganisationIdAndRoundIdAndUnitId(long organisationId, long roundId, long unitId);

    List<AnswerRow> findByOrganisationIdAndRoundIdAndUnitIdAndElementIdIn(long organisationId, long roundId,
                                                                          long unitId, Collection<Long> elementIds);

    List<AnswerRow> findByOrganisationIdAndElementIdIn(long organisationId, Collection<Long> elementIds);
}
