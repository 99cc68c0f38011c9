package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FrameworkRowRepository extends CrudRepository<FrameworkRow, Long> {

    List<FrameworkRow> findByOrganisationIdIsNull();

    List<FrameworkRow> findByOrganisationId(@Nullable Long organisationId);

    Optional<FrameworkRow> findByKey(String key);

    boolean existsByKey(String key);
}
