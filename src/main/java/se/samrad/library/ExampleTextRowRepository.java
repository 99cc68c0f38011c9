package se.samrad.library;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ExampleTextRowRepository extends CrudRepository<ExampleTextRow, Long> {

    List<ExampleTextRow> findByExampleId(long exampleId);

    List<ExampleTextRow> findByExampleIdIn(Collection<Long> exampleIds);

    void deleteByExampleId(long exampleId);
}
