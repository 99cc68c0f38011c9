package se.samrad.platform.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    Optional<Account> findByIdAndOrganisationId(Long id, Long organisationId);

    List<Account> findByOrganisationIdOrderByDisplayName(Long organisationId);

    long countByOrganisationId(Long organisationId);
}
