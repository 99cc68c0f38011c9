package se.samrad.platform.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrganisationRepository extends CrudRepository<Organisation, Long> {

    List<Organisation> findAllOrderByName();

    Optional<Organisation> findByName(String name);

    boolean existsByName(String name);
}
