package se.samrad.stakeholder;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** The register's documents; every statement names the organisation whose register it is. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DocumentRowRepository extends CrudRepository<DocumentRow, Long> {

    String COLUMNS = "SELECT id, stakeholder_id, engagement_id, contact_id, kind, file_name, content_type, size_bytes,"
            + " created_at FROM stakeholder_document ";

    @Query(COLUMNS + "WHERE organisation_id = :organisationId AND stakeholder_id = :stakeholderId ORDER BY id DESC")
    List<Document> ofStakeholder(long organisationId, long stakeholderId);

    @Query(COLUMNS + "WHERE organisation_id = :organisationId AND contact_id = :contactId ORDER BY id")
    List<Document> ofContact(long organisationId, long contactId);

    Optional<DocumentRow> findByIdAndOrganisationId(long id, long organisationId);

    long countByOrganisationIdAndStakeholderId(long organisationId, long stakeholderId);

    void deleteByIdAndOrganisationId(long id, long organisationId);

    void deleteByOrganisationIdAndContactId(long organisationId, long contactId);
}
