package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A staff member who runs a workshop (its creator and co-facilitators). */
@MappedEntity("workshop_facilitator")
record FacilitatorRow(@Id @GeneratedValue @Nullable Long id, long workshopId, long accountId) {
}
