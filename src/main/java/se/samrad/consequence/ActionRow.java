package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** An action decided with a case's decision: what, which unit answers for it, and by when. */
@MappedEntity("consequence_action")
public record ActionRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long decisionId,
        int position,
        String title,
        @Nullable Long unitId,
        @Nullable LocalDate dueOn) {
}
