package se.samrad.platform.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ServerKeyRepository extends GenericRepository<ServerKey, String> {

    Optional<ServerKey> findById(String name);

    /** Stores the key unless another node stored one under the name first (then that one wins). */
    @Query("INSERT IGNORE INTO server_key (name, secret) VALUES (:name, :secret)")
    void insertIfAbsent(String name, String secret);
}
