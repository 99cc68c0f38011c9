package se.samrad.dialogue;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** The share (0–1) of the population in one group (a district, an age band, a gender). */
@MappedEntity("dialogue_population")
record PopulationRow(@EmbeddedId Key id, double share) {

    @Embeddable
    record Key(@MappedProperty("dialogue_id") long dialogueId, @MappedProperty("demographic") String demographic,
               @MappedProperty("option_key") String optionKey) {
    }
}
