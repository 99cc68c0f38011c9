package se.samrad.platform.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface InvitationRepository extends CrudRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** The invitation, locked until the transaction ends: concurrent uses of one link take turns. */
    @Query("SELECT * FROM invitation WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<Invitation> findByTokenHashForUpdate(String tokenHash);

    Optional<Invitation> findByIdAndOrganisationId(Long id, Long organisationId);

    List<Invitation> findByOrganisationIdOrderByCreatedAtDesc(Long organisationId);
}
