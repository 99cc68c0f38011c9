package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The share (percent) of the population in one group (a district, an age band, a gender). */
@MappedEntity("dialogue_population")
record PopulationRow(@Id @GeneratedValue @Nullable Long id, long dialogueId, String demographic, String optionKey,
                     double share) {
}
