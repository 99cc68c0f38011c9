package se.samrad.indicator;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SettingsRowRepository extends CrudRepository<SettingsRow, Long> {

    /** The organisations that named their Kolada municipality (the scheduled refresh fetches for them). */
    List<SettingsRow> findByKoladaMunicipalityIsNotNull();
}
