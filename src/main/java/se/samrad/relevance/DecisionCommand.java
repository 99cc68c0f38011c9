package se.samrad.relevance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Size;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

/**
 * The analysis group's decision on one target: an overall relevance of its own (empty: the highest of the units)
 * needs a reason; prioritising needs a justification.
 */
@Introspected
public record DecisionCommand(
        @Nullable Relevance overall,
        @Size(max = 2000, message = "form.error.too-long") String overallReason,
        boolean prioritised,
        @Size(max = 4000, message = "form.error.too-long") String justification) implements CrossChecked {

    static DecisionCommand of(@Nullable DecisionRow row) {
        return row == null ? new DecisionCommand(null, "", false, "")
                : new DecisionCommand(row.overall(), row.overallReason(), row.prioritised(), row.justification());
    }

    public String overallName() {
        return overall == null ? "" : overall.name();
    }

    @Override
    public void check(FormErrors errors) {
        if (overall != null && (overallReason == null || overallReason.isBlank())) {
            errors.add("overallReason", "relevance.error.reason");
        }
        if (prioritised && (justification == null || justification.isBlank())) {
            errors.add("justification", "relevance.error.justification");
        }
    }
}
