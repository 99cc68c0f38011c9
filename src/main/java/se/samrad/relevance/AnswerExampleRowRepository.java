package se.samrad.relevance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AnswerExampleRowRepository extends CrudRepository<AnswerExampleRow, Long> {

    List<AnswerExampleRow> findByOrganisationIdAndRoundIdAndUnitIdAndElementIdInOrderById(long organisationId,
                                                                                           long roundId, long unitId,
                                                                                           Collection<Long> elementIds);

    List<AnswerExampleRow> findByOrganisationIdAndRoundIdOrderById(long organisationId, long roundId);

    void deleteByOrganisationIdAndRoundIdAndUnitIdAndElementId(long organisationId, long roundId, long unitId,
                                                               long elementId);
}
