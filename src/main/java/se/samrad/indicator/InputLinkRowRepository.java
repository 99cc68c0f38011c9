package se.samrad.indicator;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InputLinkRowRepository extends CrudRepository<InputLinkRow, Long> {

    List<InputLinkRow> findByOrganisationIdAndIndicatorIdOrderByIdDesc(long organisationId, long indicatorId);

    /** The indicator link of a workshop or dialogue ({@code kind}, {@code refId}), the latest if there are several. */
    Optional<InputLinkRow> findFirstByOrganisationIdAndKindAndRefIdOrderByIdDesc(long organisationId, String kind,
                                                                                 long refId);
}
