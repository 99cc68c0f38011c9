package se.samrad.consequence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LinkRowRepository extends CrudRepository<LinkRow, Long> {

    List<LinkRow> findByOrganisationIdAndCaseId(long organisationId, long caseId);

    List<LinkRow> findByOrganisationIdAndCaseIdIn(long organisationId, Collection<Long> caseIds);

    List<LinkRow> findByOrganisationIdAndKindAndRefIdIn(long organisationId, String kind, Collection<Long> refIds);

    List<LinkRow> findByKindAndRefId(String kind, long refId);

    void deleteByOrganisationIdAndCaseId(long organisationId, long caseId);
}
