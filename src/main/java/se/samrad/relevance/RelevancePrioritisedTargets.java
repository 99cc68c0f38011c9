package se.samrad.relevance;

import jakarta.inject.Singleton;
import se.samrad.goals.PrioritisedTargetSource;

import java.util.List;

/** The targets prioritised in the organisation's latest round that prioritised any, for other capabilities. */
@Singleton
class RelevancePrioritisedTargets implements PrioritisedTargetSource {

    private final RoundRowRepository rounds;
    private final DecisionRowRepository decisions;

    RelevancePrioritisedTargets(RoundRowRepository rounds, DecisionRowRepository decisions) {
        this.rounds = rounds;
        this.decisions = decisions;
    }

    @Override
    public List<Long> prioritised(long organisationId) {
        for (RoundRow round : rounds.findByOrganisationIdOrderByYearDesc(organisationId)) {
            List<Long> ids = decisions.findByOrganisationIdAndRoundId(organisationId, round.id()).stream()
                    .filter(DecisionRow::prioritised).map(DecisionRow::elementId).toList();
            if (!ids.isEmpty()) {
                return ids;
            }
        }
        return List.of();
    }
}
