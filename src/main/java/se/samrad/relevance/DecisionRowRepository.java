package se.samrad.relevance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DecisionRowRepository extends CrudRepository<DecisionRow, Long> {

    List<DecisionRow> findByOrganisationIdAndRoundId(long organisationId, long roundId);

    Optional<DecisionRow> findByOrganisationIdAndRoundIdAndElementId(long organisationId, long roundId, long elementId);

    List<DecisionRow> findByOrganisationIdAndElementIdIn(long organisationId, Collection<Long> elementIds);
}
