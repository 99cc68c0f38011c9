package se.samrad.indicator;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IndicatorRowRepository extends CrudRepository<IndicatorRow, Long> {

    List<IndicatorRow> findByOrganisationIdOrderByTitle(long organisationId);

    Optional<IndicatorRow> findByIdAndOrganisationId(long id, long organisationId);

    Optional<IndicatorRow> findByOrganisationIdAndKoladaId(long organisationId, String koladaId);

    List<IndicatorRow> findByOrganisationIdAndIdIn(long organisationId, Collection<Long> ids);
}
