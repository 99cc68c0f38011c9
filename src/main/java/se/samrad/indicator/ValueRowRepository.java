package se.samrad.indicator;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ValueRowRepository extends CrudRepository<ValueRow, Long> {

    @Query("SELECT * FROM indicator_value WHERE organisation_id = :organisationId AND indicator_id = :indicatorId"
            + " ORDER BY series, gender, year")
    List<ValueRow> ofIndicator(long organisationId, long indicatorId);

    @Query("SELECT * FROM indicator_value WHERE organisation_id = :organisationId AND indicator_id IN (:indicatorIds)"
            + " ORDER BY indicator_id, series, gender, year")
    List<ValueRow> ofIndicators(long organisationId, Collection<Long> indicatorIds);

    /**
     * What lists need of these indicators: the own and national series' totals, and every series' total in the
     * latest year with an own value (for the rank and comparison), not every municipality's every year.
     */
    @Query("SELECT v.* FROM indicator_value v WHERE v.organisation_id = :organisationId"
            + " AND v.indicator_id IN (:indicatorIds) AND v.gender = 'T' AND (v.series IN ('OWN', '0000')"
            + " OR v.year = (SELECT MAX(o.year) FROM indicator_value o WHERE o.indicator_id = v.indicator_id"
            + " AND o.series = 'OWN' AND o.gender = 'T')) ORDER BY v.indicator_id, v.series, v.year")
    List<ValueRow> forLists(long organisationId, Collection<Long> indicatorIds);

    void deleteByOrganisationIdAndIndicatorIdAndSeriesAndYearAndGender(long organisationId, long indicatorId,
                                                                        String series, int year, String gender);
}
