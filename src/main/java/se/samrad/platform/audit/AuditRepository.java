package se.samrad.platform.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditRepository extends CrudRepository<AuditEvent, Long> {

    Page<AuditEvent> findByOrganisationIdOrderByIdDesc(Long organisationId, Pageable pageable);

    Page<AuditEvent> findByOrganisationIdIsNullOrderByIdDesc(Pageable pageable);

    List<AuditEvent> findByActorAccountIdOrderByIdDesc(Long actorAccountId);

    /** Erasure: the events stay (they are the organisation's record) but no longer name the person. */
    @Query("UPDATE audit_event SET actor_label = :label WHERE actor_account_id = :accountId")
    void relabelActor(Long accountId, String label);
}
