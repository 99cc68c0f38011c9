package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One value of an indicator for a series (OWN, 0000 Riket, a comparison municipality or group), year and gender. */
@MappedEntity("indicator_value")
public record ValueRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long indicatorId,
        String series,
        int year,
        String gender,
        double value,
        ValueOrigin origin,
        Instant updatedAt) {

    public static final String OWN = "OWN";
    public static final String NATIONAL = "0000";
    public static final String TOTAL = "T";

    /** The key a value is unique by within its indicator. */
    String key() {
        return series + "/" + year + "/" + gender;
    }
}
