package se.samrad.stakeholder;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;

/** When a stakeholder organisation or a contact person (by its id) was last engaged (a projection of timelines). */
@Introspected
public record LastEngagement(long id, LocalDate lastOn) {
}
