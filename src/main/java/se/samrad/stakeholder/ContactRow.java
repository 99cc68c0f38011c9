package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A contact person (personal data); an erased one keeps its row with the personal fields emptied. */
@MappedEntity("stakeholder_contact")
public record ContactRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String name,
        String email,
        String phone,
        LawfulBasis lawfulBasis,
        @Nullable LocalDate consentGivenOn,
        String consentHow,
        @Nullable LocalDate consentWithdrawnOn,
        String notes,
        @Nullable Instant erasedAt,
        Instant createdAt,
        Instant updatedAt,
        @Nullable LocalDate reviewedOn) {

    public boolean erased() {
        return erasedAt != null;
    }

    /** The consent dates as {@code yyyy-mm-dd}, "" when none (for pages). */
    public String consentGivenOnText() {
        return Dates.text(consentGivenOn);
    }

    public String consentWithdrawnOnText() {
        return Dates.text(consentWithdrawnOn);
    }

    public boolean consentWithdrawn() {
        return consentWithdrawnOn != null;
    }
}
