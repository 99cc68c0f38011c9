package se.samrad.stakeholder;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InvitationRowRepository extends CrudRepository<InvitationRow, Long> {

    Optional<InvitationRow> findByTokenHash(String tokenHash);

    Optional<InvitationRow> findBySubjectKey(String subjectKey);

    @Query("SELECT * FROM stakeholder_invitation WHERE organisation_id = :organisationId AND kind = :kind"
            + " AND occasion_id = :occasionId ORDER BY invited_at DESC, id DESC")
    List<InvitationRow> ofOccasion(long organisationId, String kind, long occasionId);

    List<InvitationRow> findByOrganisationIdAndContactId(long organisationId, long contactId);

    /** Ties the invitation to what its link led to, the first time only; answers 1 when this call did. */
    @Query("UPDATE stakeholder_invitation SET subject_key = :subject, started_at = :now WHERE id = :id"
            + " AND subject_key IS NULL AND anonymous = FALSE")
    int start(long id, String subject, Instant now);

    /** Marks it completed, the first time only; answers 1 when this call did. */
    @Query("UPDATE stakeholder_invitation SET completed_at = :now WHERE id = :id AND completed_at IS NULL")
    int complete(long id, Instant now);

    void deleteByOrganisationIdAndContactId(long organisationId, long contactId);
}
