package se.samrad.dialogue;

import jakarta.inject.Singleton;
import se.samrad.goals.RepresentationGaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The dialogues' side of "who was not heard": the groups {@link Results} marks under-represented (respondents'
 * share below three quarters of the population share), counted over all submitted answers.
 */
@Singleton
class DialogueRepresentationGaps implements RepresentationGaps {

    private final Dialogues dialogues;
    private final ResultCounts counts;
    private final Results results;

    DialogueRepresentationGaps(Dialogues dialogues, ResultCounts counts, Results results) {
        this.dialogues = dialogues;
        this.counts = counts;
        this.results = results;
    }

    @Override
    public List<Gap> gaps(long organisationId, Collection<Long> dialogueIds, String lang) {
        List<Gap> out = new ArrayList<>();
        for (long id : new LinkedHashSet<>(dialogueIds)) {
            Dialogue dialogue = dialogues.byId(id).filter(d -> d.organisationId() == organisationId).orElse(null);
            if (dialogue == null) {
                continue;
            }
            Counts all = counts.counts(id, ResultFilter.ALL);
            for (Results.Representation r : results.representation(dialogue, all.tallies(), all.respondents(), lang)) {
                r.groups().stream().filter(Results.GroupShare::underRepresented).forEach(g -> out.add(new Gap(id,
                        dialogue.title(lang), r.question(), g.label(), g.respondentPercent(), g.populationPercent())));
            }
        }
        return out;
    }
}
