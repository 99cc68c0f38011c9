package se.samrad.library;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ExampleRowRepository extends CrudRepository<ExampleRow, Long> {

    List<ExampleRow> findByOrganisationIdOrderByUpdatedAtDesc(long organisationId);

    List<ExampleRow> findByStatusOrderByUpdatedAt(ExampleStatus status);

    /** A page of published examples after {@code afterId}, for (re)building the search index. */
    @Query("SELECT * FROM library_example WHERE status = 'PUBLISHED' AND id > :afterId ORDER BY id LIMIT :limit")
    List<ExampleRow> publishedAfter(long afterId, int limit);

    List<ExampleRow> findByIdIn(Collection<Long> ids);

    long countByStatus(ExampleStatus status);

    /** The example, locked until the transaction ends. */
    @Query("SELECT * FROM library_example WHERE id = :id FOR UPDATE")
    java.util.Optional<ExampleRow> lock(long id);
}
