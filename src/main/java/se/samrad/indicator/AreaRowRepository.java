package se.samrad.indicator;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AreaRowRepository extends CrudRepository<AreaRow, Long> {

    List<AreaRow> findByOrganisationIdOrderByCode(long organisationId);

    Optional<AreaRow> findByOrganisationIdAndCode(long organisationId, String code);
}
