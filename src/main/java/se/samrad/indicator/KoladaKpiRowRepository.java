package se.samrad.indicator;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface KoladaKpiRowRepository extends CrudRepository<KoladaKpiRow, String> {

    /** KPIs whose id, title or operating area contains the words (at most 50, by id). */
    @Query("SELECT * FROM kolada_kpi WHERE id = :text OR title LIKE CONCAT('%', :text, '%')"
            + " OR operating_area LIKE CONCAT('%', :text, '%') ORDER BY id LIMIT 50")
    List<KoladaKpiRow> search(String text);
}
