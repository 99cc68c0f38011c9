package se.samrad.consequence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ViewRowRepository extends CrudRepository<ViewRow, Long> {

    List<ViewRow> findByOrganisationIdAndCaseId(long organisationId, long caseId);

    /** Per cell of the case: how many views, how many different ratings, and the rating (the one when they agree). */
    @Query(value = "SELECT alternative_id, horizon, aspect, COUNT(*) AS assessors, COUNT(DISTINCT rating) AS ratings,"
            + " MIN(rating) AS rating FROM consequence_view WHERE organisation_id = :organisationId"
            + " AND case_id = :caseId GROUP BY alternative_id, horizon, aspect", nativeQuery = true)
    List<CellTally> tallies(long organisationId, long caseId);

    /**
     * Per alternative of one case ({@code caseId}) or of every case of the organisation ({@code caseId} 0): its cells'
     * values counted by rating and weight (2 on the weighted aspects, else 1). A cell's value is the agreed one, else
     * the views' one rating when they all agree; only the fixed aspects and the case's linked targets count.
     */
    @Query(value = "SELECT c.alternative_id, CASE WHEN c.aspect IN (:weighted) THEN 2 ELSE 1 END AS weight,"
            + " c.rating, COUNT(*) AS cells FROM ("
            + " SELECT g.alternative_id, g.case_id, g.aspect, g.rating FROM consequence_agreed g"
            + "  WHERE g.organisation_id = :organisationId AND (:caseId = 0 OR g.case_id = :caseId)"
            + " UNION ALL"
            + " SELECT v.alternative_id, v.case_id, v.aspect, MIN(v.rating) FROM consequence_view v"
            + "  WHERE v.organisation_id = :organisationId AND (:caseId = 0 OR v.case_id = :caseId)"
            + "  AND NOT EXISTS (SELECT 1 FROM consequence_agreed g WHERE g.alternative_id = v.alternative_id"
            + "   AND g.horizon = v.horizon AND g.aspect = v.aspect)"
            + "  GROUP BY v.alternative_id, v.case_id, v.horizon, v.aspect HAVING COUNT(DISTINCT v.rating) = 1"
            + ") c WHERE c.aspect IN (:fixed) OR EXISTS (SELECT 1 FROM consequence_link l WHERE l.case_id = c.case_id"
            + " AND l.kind = 'TARGET' AND CONCAT('T', l.ref_id) = c.aspect)"
            + " GROUP BY c.alternative_id, weight, c.rating", nativeQuery = true)
    List<AlternativeTally> effects(long organisationId, long caseId, Collection<String> weighted,
                                   Collection<String> fixed);
}
