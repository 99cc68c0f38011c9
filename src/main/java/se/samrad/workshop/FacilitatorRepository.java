package se.samrad.workshop;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FacilitatorRepository extends CrudRepository<FacilitatorRow, Long> {

    List<FacilitatorRow> findByWorkshopId(long workshopId);

    boolean existsByWorkshopIdAndAccountId(long workshopId, long accountId);

    void deleteByWorkshopIdAndAccountId(long workshopId, long accountId);
}
