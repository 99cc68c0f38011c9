package se.samrad.stakeholder;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PlacementRowRepository extends CrudRepository<PlacementRow, Long> {

    /** One stakeholder's placements, newest first (its history). */
    @Query("SELECT * FROM stakeholder_placement WHERE organisation_id = :organisationId"
            + " AND stakeholder_id = :stakeholderId ORDER BY placed_on DESC, id DESC")
    List<PlacementRow> history(long organisationId, long stakeholderId);

    /** Every placement of the register, newest first; the grid keeps the first per stakeholder and issue. */
    @Query("SELECT * FROM stakeholder_placement WHERE organisation_id = :organisationId"
            + " ORDER BY placed_on DESC, id DESC")
    List<PlacementRow> newestFirst(long organisationId);
}
