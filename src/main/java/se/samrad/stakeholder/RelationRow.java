package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** "{@code fromId} is {@code kind} {@code toId}" over a period. */
@MappedEntity("stakeholder_relation")
public record RelationRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long fromId,
        long toId,
        RelationKind kind,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn) {

    /** The dates as {@code yyyy-mm-dd}, "" for an open end (for pages). */
    public String startsOnText() {
        return Dates.text(startsOn);
    }

    public String endsOnText() {
        return Dates.text(endsOn);
    }
}
