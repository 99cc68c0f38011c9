package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * Actions decided that an indicator follows up, so the next Check step sees them beside the indicator. Offered by
 * the consequence assessment, read by the indicator pages.
 */
public interface FollowUpActionSource {

    /** An action: its title, the case it was decided in (with a link), who answers for it and by when. */
    record FollowUpAction(String title, String caseTitle, String href, String unit, @Nullable LocalDate dueOn,
                          LocalDate decidedOn) {
    }

    List<FollowUpAction> actionsFor(long organisationId, long indicatorId);
}
