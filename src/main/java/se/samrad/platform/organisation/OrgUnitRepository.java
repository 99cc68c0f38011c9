package se.samrad.platform.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Units are always read through their organisation, so a unit id alone never crosses a tenant boundary. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrgUnitRepository extends CrudRepository<OrgUnit, Long> {

    List<OrgUnit> findByOrganisationIdOrderByName(Long organisationId);

    Optional<OrgUnit> findByIdAndOrganisationId(Long id, Long organisationId);

    boolean existsByParentId(Long parentId);

    long countByOrganisationId(Long organisationId);
}
