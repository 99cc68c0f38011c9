package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The analysis group's decisions per target in a round: an own overall relevance, prioritisation. */
@Singleton
public class Decisions {

    private final DecisionRowRepository decisions;
    private final Clock clock;

    Decisions(DecisionRowRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @Nullable
    public DecisionRow of(RoundRow round, long elementId) {
        return decisions.findByOrganisationIdAndRoundIdAndElementId(round.organisationId(), round.id(), elementId)
                .orElse(null);
    }

    /** Records a checked decision over any earlier one (resending the same form changes nothing). */
    @Transactional
    public DecisionRow decide(RoundRow round, long elementId, DecisionCommand command) {
        DecisionRow old = of(round, elementId);
        DecisionRow row = new DecisionRow(old == null ? null : old.id(), round.organisationId(), round.id(), elementId,
                command.overall(), command.overall() == null ? "" : nz(command.overallReason()),
                command.prioritised(), command.prioritised() ? nz(command.justification()) : "", clock.instant());
        return old == null ? decisions.save(row) : decisions.update(row);
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }
}
