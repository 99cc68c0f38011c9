package se.samrad.goals;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ElementRowRepository extends CrudRepository<ElementRow, Long> {

    List<ElementRow> findByFrameworkIdInList(Collection<Long> frameworkIds);

    @Query("SELECT COALESCE(MAX(position), 0) FROM goal_element WHERE framework_id = :frameworkId")
    int maxPosition(long frameworkId);
}
