package se.samrad.indicator;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TargetLevelRowRepository extends CrudRepository<TargetLevelRow, Long> {

    List<TargetLevelRow> findByOrganisationIdAndIndicatorIdOrderByYear(long organisationId, long indicatorId);

    List<TargetLevelRow> findByOrganisationIdAndIndicatorIdInOrderByYear(long organisationId,
                                                                        Collection<Long> indicatorIds);

    Optional<TargetLevelRow> findByOrganisationIdAndIndicatorIdAndYear(long organisationId, long indicatorId, int year);

    void deleteByOrganisationIdAndIndicatorIdAndYear(long organisationId, long indicatorId, int year);
}
