package se.samrad.platform.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface NetworkMemberRepository extends CrudRepository<NetworkMember, Long> {

    List<NetworkMember> findByNetworkId(Long networkId);

    Optional<NetworkMember> findByNetworkIdAndOrganisationId(Long networkId, Long organisationId);
}
