package se.samrad.relevance;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samrad.goals.Dimension;

/** A SWOT point as the analysis group writes it: dimension, kind, the point, the targets' codes ("4.1, 10.2"). */
@Introspected
public record SwotCommand(
        @NotNull(message = "form.error.choose") @Nullable Dimension dimension,
        @NotNull(message = "form.error.choose") @Nullable SwotKind kind,
        @NotBlank(message = "form.error.required") @Size(max = 1000, message = "form.error.too-long") String text,
        @Size(max = 1000, message = "form.error.too-long") String targets) {

    static SwotCommand empty() {
        return new SwotCommand(null, null, "", "");
    }

    public String dimensionName() {
        return dimension == null ? "" : dimension.name();
    }

    public String kindName() {
        return kind == null ? "" : kind.name();
    }
}
