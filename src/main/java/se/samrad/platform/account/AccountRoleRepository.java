package se.samrad.platform.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import se.samrad.platform.security.Role;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AccountRoleRepository extends CrudRepository<AccountRole, Long> {

    List<AccountRole> findByAccountId(Long accountId);

    List<AccountRole> findByAccountIdIn(Collection<Long> accountIds);

    void deleteByAccountId(Long accountId);

    boolean existsByRole(Role role);

    @Query("SELECT COUNT(*) FROM account_role r JOIN account a ON a.id = r.account_id "
            + "WHERE a.organisation_id = :organisationId AND a.active = TRUE AND r.role = :role")
    long countActiveWithRole(Long organisationId, String role);
}
