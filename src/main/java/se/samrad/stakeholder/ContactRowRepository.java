package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
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

    /** Every contact not yet erased, of every organisation (for the retention job). */
    List<ContactRow> findByErasedAtIsNull();

    /** Empties every personal field and marks the row erased; the row stays so timelines keep their shape. */
    @Query("UPDATE stakeholder_contact SET name = '', email = '', phone = '', consent_how = '', notes = '',"
            + " consent_given_on = NULL, consent_withdrawn_on = NULL, reviewed_on = NULL, erased_at = :at,"
            + " updated_at = :at WHERE id = :id AND organisation_id = :organisationId")
    void erase(long id, long organisationId, Instant at);

    void updateReviewedOn(@Id long id, LocalDate reviewedOn);

    void updateConsentWithdrawnOn(@Id long id, LocalDate consentWithdrawnOn, Instant updatedAt);
}
