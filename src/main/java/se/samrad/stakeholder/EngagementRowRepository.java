package se.samrad.stakeholder;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EngagementRowRepository extends CrudRepository<EngagementRow, Long> {

    Optional<EngagementRow> findByIdAndOrganisationId(long id, long organisationId);

    List<EngagementRow> findByOrganisationIdAndIdIn(long organisationId, Collection<Long> ids);

    /** Engagements on these dialogues or workshops (for feedback on what they informed). */
    List<EngagementRow> findByOrganisationIdAndIssueKindAndIssueRefIn(long organisationId, IssueKind issueKind,
                                                                      Collection<Long> issueRefs);

    /** Engagements on any of these dialogues and any of these workshops (either list may be empty). */
    default List<EngagementRow> onDialoguesOrWorkshops(long organisationId, Collection<Long> dialogueIds,
                                                       Collection<Long> workshopIds) {
        List<EngagementRow> rows = new ArrayList<>();
        if (!dialogueIds.isEmpty()) {
            rows.addAll(findByOrganisationIdAndIssueKindAndIssueRefIn(organisationId, IssueKind.DIALOGUE, dialogueIds));
        }
        if (!workshopIds.isEmpty()) {
            rows.addAll(findByOrganisationIdAndIssueKindAndIssueRefIn(organisationId, IssueKind.WORKSHOP, workshopIds));
        }
        return rows;
    }

    /** An organisation's timeline, newest first. */
    @Query("SELECT * FROM stakeholder_engagement WHERE organisation_id = :organisationId"
            + " AND stakeholder_id = :stakeholderId ORDER BY occurred_on DESC, id DESC")
    List<EngagementRow> ofStakeholder(long organisationId, long stakeholderId);

    /** One page of an organisation's timeline, newest first. */
    @Query("SELECT * FROM stakeholder_engagement WHERE organisation_id = :organisationId"
            + " AND stakeholder_id = :stakeholderId ORDER BY occurred_on DESC, id DESC LIMIT :limit OFFSET :offset")
    List<EngagementRow> ofStakeholderPage(long organisationId, long stakeholderId, int limit, int offset);

    /** A person's timeline, newest first. */
    @Query("SELECT * FROM stakeholder_engagement WHERE organisation_id = :organisationId"
            + " AND contact_id = :contactId ORDER BY occurred_on DESC, id DESC")
    List<EngagementRow> ofContact(long organisationId, long contactId);

    /** Follow-ups not done and due by the date, oldest first. */
    @Query("SELECT * FROM stakeholder_engagement WHERE organisation_id = :organisationId"
            + " AND follow_up_on IS NOT NULL AND follow_up_on <= :by AND followed_up_on IS NULL"
            + " ORDER BY follow_up_on, id")
    List<EngagementRow> followUpsDue(long organisationId, LocalDate by);

    /** Agreements expiring between the two dates, soonest first. */
    @Query("SELECT * FROM stakeholder_engagement WHERE organisation_id = :organisationId AND kind = 'AGREEMENT'"
            + " AND expires_on BETWEEN :from AND :to ORDER BY expires_on, id")
    List<EngagementRow> agreementsExpiring(long organisationId, LocalDate from, LocalDate to);

    /** The latest engagement date of every organisation of the register that has one. */
    @Query("SELECT stakeholder_id AS id, MAX(occurred_on) AS last_on FROM stakeholder_engagement"
            + " WHERE organisation_id = :organisationId AND stakeholder_id IS NOT NULL GROUP BY stakeholder_id")
    List<LastEngagement> lastEngagements(long organisationId);

    /** The latest engagement date of every contact person (of every organisation) that has one. */
    @Query("SELECT contact_id AS id, MAX(occurred_on) AS last_on FROM stakeholder_engagement"
            + " WHERE contact_id IS NOT NULL GROUP BY contact_id")
    List<LastEngagement> lastContactEngagements();

    /** The same for the contacts of one organisation. */
    @Query("SELECT contact_id AS id, MAX(occurred_on) AS last_on FROM stakeholder_engagement"
            + " WHERE organisation_id = :organisationId AND contact_id IS NOT NULL GROUP BY contact_id")
    List<LastEngagement> lastContactEngagementsOf(long organisationId);

    void updateSummary(@Id long id, String summary);

    /** Organisations whose timeline text contains the pattern (a LIKE pattern, escaped by the caller). */
    @Query("SELECT DISTINCT stakeholder_id FROM stakeholder_engagement WHERE organisation_id = :organisationId"
            + " AND stakeholder_id IS NOT NULL AND summary LIKE :pattern")
    List<Long> stakeholdersMentioning(long organisationId, String pattern);

    /** Organisations that took part in one dialogue or workshop. */
    @Query("SELECT DISTINCT stakeholder_id FROM stakeholder_engagement WHERE organisation_id = :organisationId"
            + " AND stakeholder_id IS NOT NULL AND issue_kind = :issueKind AND issue_ref = :issueRef")
    List<Long> participants(long organisationId, String issueKind, long issueRef);

    void updateFollowedUpOn(@Id long id, LocalDate followedUpOn);
}
