package se.samrad.relevance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Size;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

/**
 * A unit's assessment of one target, as the form sends it (fields {@code e<elementId>-<name>}). Every field may
 * be empty in a draft; naming who to collaborate with is asked for once "needs collaboration" is chosen.
 */
@Introspected
public record AssessmentCommand(
        @Nullable Relevance relevance,
        @Nullable Control control,
        @Size(max = 500, message = "form.error.too-long") String collaborators,
        @Size(max = 4000, message = "form.error.too-long") String contribution,
        @Size(max = 2000, message = "form.error.too-long") String steering,
        @Size(max = 4000, message = "form.error.too-long") String challenges,
        @Size(max = 4000, message = "form.error.too-long") String note) implements CrossChecked {

    static AssessmentCommand of(@Nullable AnswerRow row) {
        if (row == null) {
            return new AssessmentCommand(null, null, "", "", "", "", "");
        }
        return new AssessmentCommand(row.relevance(), row.control(), row.collaborators(), row.contribution(),
                row.steering(), row.challenges(), row.note());
    }

    AssessmentCommand notRelevant() {
        return new AssessmentCommand(Relevance.NOT_RELEVANT, control, collaborators, contribution, steering,
                challenges, note);
    }

    public String relevanceName() {
        return relevance == null ? "" : relevance.name();
    }

    public String controlName() {
        return control == null ? "" : control.name();
    }

    @Override
    public void check(FormErrors errors) {
        if (control == Control.COLLABORATION && (collaborators == null || collaborators.isBlank())) {
            errors.add("collaborators", "relevance.error.collaborators");
        }
    }
}
