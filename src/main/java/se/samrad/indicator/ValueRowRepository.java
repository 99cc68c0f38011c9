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

    void deleteByOrganisationIdAndIndicatorIdAndSeriesAndYearAndGender(long organisationId, long indicatorId,
                                                                        String series, int year, String gender);
}
