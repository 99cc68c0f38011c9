package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;

/** The analysis group's decisions per target in a round: an own overall relevance, prioritisation. */
@Singleton
public class Decisions {

    private final DecisionRowRepository decisions;
    private final RelevanceAudit audit;
    private final Clock clock;

    Decisions(DecisionRowRepository decisions, RelevanceAudit audit, Clock clock) {
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
    }

    @Nullable
    public DecisionRow of(RoundRow round, long elementId) {
        return decisions.findByOrganisationIdAndRoundIdAndElementId(round.organisationId(), round.id(), elementId)
                .orElse(null);
    }

    /**
     * Records a checked decision over any earlier one (resending the same form changes nothing), and in the audit
     * log when it differs from the earlier one.
     */
    @Transactional
    public DecisionRow decide(CurrentUser user, RoundRow round, long elementId, DecisionCommand command) {
        DecisionRow old = of(round, elementId);
        DecisionRow row = new DecisionRow(old == null ? null : old.id(), round.organisationId(), round.id(), elementId,
                command.overall(), command.overall() == null ? "" : nz(command.overallReason()),
                command.prioritised(), command.prioritised() ? nz(command.justification()) : "", clock.instant());
        if (old != null && same(old, row)) {
            return old;
        }
        audit.record(user, round.organisationId(), round.id(), AuditAction.RELEVANCE_PRIORITY_DECIDED,
                "element:" + elementId + (row.prioritised() ? " prioritised" : ""));
        return old == null ? decisions.save(row) : decisions.update(row);
    }

    private static boolean same(DecisionRow a, DecisionRow b) {
        return a.overall() == b.overall() && a.overallReason().equals(b.overallReason())
                && a.prioritised() == b.prioritised() && a.justification().equals(b.justification());
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }
}
