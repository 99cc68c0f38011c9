package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** A contact's role at a stakeholder organisation over a period (open ends allowed). */
@MappedEntity("stakeholder_affiliation")
public record AffiliationRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long contactId,
        long stakeholderId,
        String roleTitle,
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
