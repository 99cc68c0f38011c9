package se.samrad.goals;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FrameworkTextRowRepository extends CrudRepository<FrameworkTextRow, Long> {

    List<FrameworkTextRow> findByFrameworkIdInList(Collection<Long> frameworkIds);

    void deleteByFrameworkIdAndLang(long frameworkId, String lang);
}
