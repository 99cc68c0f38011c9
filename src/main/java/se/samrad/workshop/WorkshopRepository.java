package se.samrad.workshop;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface WorkshopRepository extends CrudRepository<Workshop, Long> {

    Optional<Workshop> findByCode(String code);

    Optional<Workshop> findByIdAndOrganisationId(long id, long organisationId);

    List<Workshop> findByOrganisationIdOrderByIdDesc(long organisationId);

    boolean existsByCode(String code);
}
