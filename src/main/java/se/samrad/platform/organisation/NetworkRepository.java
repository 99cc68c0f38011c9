package se.samrad.platform.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface NetworkRepository extends CrudRepository<Network, Long> {

    List<Network> findAllOrderByName();

    boolean existsByName(String name);

    @Query("SELECT n.* FROM network n JOIN network_member m ON m.network_id = n.id "
            + "WHERE m.organisation_id = :organisationId ORDER BY n.name")
    List<Network> findByMember(Long organisationId);
}
