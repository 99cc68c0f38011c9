package se.samrad.workshop;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TagRowRepository extends CrudRepository<TagRow, Long> {

    List<TagRow> findByWorkshopIdOrderById(long workshopId);

    List<TagRow> findByOrganisationIdAndElementIdInList(long organisationId, Collection<Long> elementIds);

    List<TagRow> findByOrganisationIdAndElementId(long organisationId, long elementId);

    boolean existsByActivityIdAndItemSeqAndElementId(long activityId, long itemSeq, long elementId);

    void deleteByActivityIdAndItemSeqAndElementId(long activityId, long itemSeq, long elementId);
}
