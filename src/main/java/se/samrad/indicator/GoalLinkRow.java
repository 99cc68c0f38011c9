package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A goal element (target of any framework, own goals too) an indicator follows. */
@MappedEntity("indicator_goal")
public record GoalLinkRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long indicatorId,
        long elementId) {
}
