package se.samrad.stakeholder;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;

/** When a stakeholder organisation was last engaged (a projection of its timeline). */
@Introspected
public record LastEngagement(long stakeholderId, LocalDate lastOn) {
}
