package se.samrad.platform.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface WebSessionRepository extends CrudRepository<WebSession, String> {

    @Query("UPDATE web_session SET last_seen_at = :seen, expires_at = :expires WHERE token_hash = :tokenHash")
    void touch(String tokenHash, Instant seen, Instant expires);

    void deleteByAccountId(Long accountId);

    @Query("DELETE FROM web_session WHERE expires_at < :now")
    int deleteExpired(Instant now);
}
