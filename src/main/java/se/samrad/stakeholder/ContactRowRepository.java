package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ContactRowRepository extends CrudRepository<ContactRow, Long> {

    List<ContactRow> findByOrganisationIdAndErasedAtIsNullOrderByName(long organisationId);

    List<ContactRow> findByOrganisationIdAndIdIn(long organisationId, Collection<Long> ids);

    Optional<ContactRow> findByIdAndOrganisationId(long id, long organisationId);

    /** What the edit form changes. */
    void update(@Id long id, String name, String email, String phone, LawfulBasis lawfulBasis,
                @Nullable LocalDate consentGivenOn, String consentHow, String notes, Instant updatedAt);

    void updateConsentWithdrawnOn(@Id long id, LocalDate consentWithdrawnOn, Instant updatedAt);
}
