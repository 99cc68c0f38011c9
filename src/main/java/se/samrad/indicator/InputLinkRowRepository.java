package se.samrad.indicator;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InputLinkRowRepository extends CrudRepository<InputLinkRow, Long> {

    List<InputLinkRow> findByOrganisationIdAndIndicatorIdOrderByIdDesc(long organisationId, long indicatorId);
}
