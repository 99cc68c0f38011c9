package se.samrad.stakeholder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Shares of stakeholder organisations; what a network's members read is the organisation's own fields only. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ShareRowRepository extends CrudRepository<ShareRow, Long> {

    List<ShareRow> findByOrganisationIdAndStakeholderId(long organisationId, long stakeholderId);

    void deleteByOrganisationIdAndStakeholderId(long organisationId, long stakeholderId);

    String SHARED = "SELECT s.id, s.organisation_id, s.name, s.kind, s.org_number, s.address, s.web, s.description,"
            + " sh.network_id FROM stakeholder_share sh JOIN stakeholder s ON s.id = sh.stakeholder_id"
            + " AND s.organisation_id = sh.organisation_id ";

    /** Shared in any of these networks by an organisation other than the reader's, by name. */
    @Query(SHARED + "WHERE sh.network_id IN (:networkIds) AND sh.organisation_id <> :reader ORDER BY s.name, s.id")
    List<Shared> sharedIn(Collection<Long> networkIds, long reader);

    @Query(SHARED + "WHERE sh.network_id IN (:networkIds) AND sh.organisation_id <> :reader AND s.id = :id")
    List<Shared> oneSharedIn(long id, Collection<Long> networkIds, long reader);

    /** A shared stakeholder organisation as another member sees it, with the network it came through. */
    @Introspected
    record Shared(long id, long organisationId, String name, StakeholderKind kind, @Nullable String orgNumber,
                  String address, String web, String description, long networkId) {

        public String orgNumberText() {
            return orgNumber == null ? "" : OrganisationNumber.format(orgNumber);
        }
    }
}
