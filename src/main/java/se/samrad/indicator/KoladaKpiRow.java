package se.samrad.indicator;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A KPI of Kolada's catalogue (public reference data, shared by every organisation). */
@MappedEntity("kolada_kpi")
public record KoladaKpiRow(
        @Id String id,
        String title,
        String description,
        boolean dividedByGender,
        String municipalityType,
        String operatingArea,
        Instant updatedAt) {

    /** Whether the catalogue's text differs from {@code other}'s (the time left aside). */
    boolean sameAs(KoladaKpiRow other) {
        return title.equals(other.title) && description.equals(other.description)
                && dividedByGender == other.dividedByGender && municipalityType.equals(other.municipalityType)
                && operatingArea.equals(other.operatingArea);
    }
}
