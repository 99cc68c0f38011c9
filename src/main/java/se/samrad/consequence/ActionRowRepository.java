package se.samrad.consequence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ActionRowRepository extends CrudRepository<ActionRow, Long> {

    List<ActionRow> findByOrganisationIdAndDecisionIdOrderByPosition(long organisationId, long decisionId);

    List<ActionRow> findByOrganisationIdAndIdIn(long organisationId, Collection<Long> ids);

    void deleteByOrganisationIdAndDecisionId(long organisationId, long decisionId);
}
