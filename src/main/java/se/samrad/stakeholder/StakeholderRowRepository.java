package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StakeholderRowRepository extends CrudRepository<StakeholderRow, Long> {

    List<StakeholderRow> findByOrganisationIdOrderByName(long organisationId);

    List<StakeholderRow> findByOrganisationIdAndIdIn(long organisationId, Collection<Long> ids);

    Optional<StakeholderRow> findByIdAndOrganisationId(long id, long organisationId);

    Optional<StakeholderRow> findFirstByOrganisationIdAndOrgNumber(long organisationId, String orgNumber);

    /** What the edit form changes. */
    void update(@Id long id, String name, StakeholderKind kind, boolean internal, @Nullable String orgNumber,
                String address, String web, String description, Instant updatedAt);
}
