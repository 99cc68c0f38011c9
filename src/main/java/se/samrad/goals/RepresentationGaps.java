package se.samrad.goals;

import java.util.Collection;
import java.util.List;

/**
 * Who was not heard: the background groups a dialogue's respondents under-represent against the population
 * shares its organiser entered (the same check as the dialogue's results page). Offered by the dialogues, read by
 * the consequence assessment's decision basis, so neither knows the other.
 */
public interface RepresentationGaps {

    /**
     * One under-represented group: the dialogue, the background question and the group as the reader reads them
     * (each in the language it is actually in), and the group's share of the answers and of the population, in
     * percent.
     */
    record Gap(long dialogueId, Text dialogue, Text question, Text group, double answerPercent,
               double populationPercent) {
    }

    /**
     * The gaps of the organisation's dialogues among these ids (unknown or another organisation's left out; a
     * dialogue without population shares or without answers has none), dialogue by dialogue in the given order.
     */
    List<Gap> gaps(long organisationId, Collection<Long> dialogueIds, String lang);
}
