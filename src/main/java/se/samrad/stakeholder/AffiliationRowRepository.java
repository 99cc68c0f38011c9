package se.samrad.stakeholder;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AffiliationRowRepository extends CrudRepository<AffiliationRow, Long> {

    List<AffiliationRow> findByOrganisationIdAndContactIdOrderByStartsOn(long organisationId, long contactId);

    void deleteByOrganisationIdAndContactId(long organisationId, long contactId);

    List<AffiliationRow> findByOrganisationIdAndStakeholderIdOrderByStartsOn(long organisationId, long stakeholderId);

    Optional<AffiliationRow> findByIdAndOrganisationId(long id, long organisationId);
}
