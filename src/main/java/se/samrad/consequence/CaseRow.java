package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A case (ärende) whose consequences are assessed before a body (nämnd, fullmäktige) decides it. */
@MappedEntity("consequence_case")
public record CaseRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String title,
        String background,
        String decidingBody,
        @Nullable LocalDate decisionDate,
        @Nullable Long unitId,
        @Nullable Long ownerAccountId,
        Instant createdAt,
        Instant updatedAt) {
}
