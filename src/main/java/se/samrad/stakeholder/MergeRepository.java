package se.samrad.stakeholder;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * Moving everything of one stakeholder organisation to another when two records are the same organisation: the
 * timeline, documents, placements, target links (those the kept one has already stay its own), roles and relations (those that
 * would relate the kept one to itself go). Every statement names the organisation.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MergeRepository extends GenericRepository<StakeholderRow, Long> {

    @Query("UPDATE stakeholder_engagement SET stakeholder_id = :kept WHERE organisation_id = :organisationId"
            + " AND stakeholder_id = :duplicate")
    void moveEngagements(long organisationId, long duplicate, long kept);

    @Query("UPDATE stakeholder_document SET stakeholder_id = :kept WHERE organisation_id = :organisationId"
            + " AND stakeholder_id = :duplicate")
    void moveDocuments(long organisationId, long duplicate, long kept);

    @Query("UPDATE stakeholder_placement SET stakeholder_id = :kept WHERE organisation_id = :organisationId"
            + " AND stakeholder_id = :duplicate")
    void movePlacements(long organisationId, long duplicate, long kept);

    @Query("UPDATE IGNORE stakeholder_target SET stakeholder_id = :kept WHERE organisation_id = :organisationId"
            + " AND stakeholder_id = :duplicate")
    void moveTargets(long organisationId, long duplicate, long kept);

    @Query("UPDATE stakeholder_affiliation SET stakeholder_id = :kept WHERE organisation_id = :organisationId"
            + " AND stakeholder_id = :duplicate")
    void moveRoles(long organisationId, long duplicate, long kept);

    @Query("UPDATE stakeholder_relation SET from_id = :kept WHERE organisation_id = :organisationId"
            + " AND from_id = :duplicate")
    void moveRelationsFrom(long organisationId, long duplicate, long kept);

    @Query("UPDATE stakeholder_relation SET to_id = :kept WHERE organisation_id = :organisationId"
            + " AND to_id = :duplicate")
    void moveRelationsTo(long organisationId, long duplicate, long kept);

    @Query("DELETE FROM stakeholder_relation WHERE organisation_id = :organisationId AND from_id = to_id")
    void deleteSelfRelations(long organisationId);

    /** The kept one takes the duplicate's organisationsnummer when it has none. */
    @Query("UPDATE stakeholder SET org_number = :number WHERE organisation_id = :organisationId AND id = :kept"
            + " AND org_number IS NULL")
    void takeNumber(long organisationId, long kept, String number);

    @Query("DELETE FROM stakeholder WHERE organisation_id = :organisationId AND id = :duplicate")
    void delete(long organisationId, long duplicate);
}
