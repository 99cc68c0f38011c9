package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An indicator that follows up an action. */
@MappedEntity("consequence_action_indicator")
public record ActionIndicatorRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long actionId,
        long indicatorId) {
}
