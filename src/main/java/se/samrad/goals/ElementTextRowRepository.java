package se.samrad.goals;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ElementTextRowRepository extends CrudRepository<ElementTextRow, Long> {

    @Query("SELECT t.* FROM goal_element_text t JOIN goal_element e ON e.id = t.element_id "
            + "WHERE e.framework_id IN (:frameworkIds)")
    List<ElementTextRow> findByFrameworks(Collection<Long> frameworkIds);

    List<ElementTextRow> findByElementId(long elementId);

    void deleteByElementIdAndLang(long elementId, String lang);

    /** Inserts a text row not stored yet, updates one that is. */
    default ElementTextRow saveOrUpdate(ElementTextRow row) {
        return row.id() == null ? save(row) : update(row);
    }
}
