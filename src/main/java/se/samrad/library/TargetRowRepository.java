package se.samrad.library;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TargetRowRepository extends CrudRepository<TargetRow, Long> {

    List<TargetRow> findByExampleId(long exampleId);

    List<TargetRow> findByExampleIdIn(Collection<Long> exampleIds);

    List<TargetRow> findByElementId(long elementId);

    void deleteByExampleId(long exampleId);
}
