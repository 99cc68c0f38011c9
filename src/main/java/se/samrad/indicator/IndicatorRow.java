package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An indicator (nyckeltal): a Kolada KPI ({@code koladaId} set) or the organisation's own. */
@MappedEntity("indicator")
public record IndicatorRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        @Nullable String koladaId,
        String title,
        String description,
        String unit,
        Direction direction,
        String source,
        String keyword,
        String steeringDocument,
        @Nullable Long unitId,
        @Nullable Integer baselineYear,
        boolean byGender,
        Instant createdAt,
        Instant updatedAt) {

    public boolean fromKolada() {
        return koladaId != null;
    }
}
