package se.samrad.workshop;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** The form for a new workshop: its title, what it is about, and whether participants may stay anonymous. */
@Introspected
record WorkshopCommand(
        @NotBlank(message = "form.error.required") @Size(max = WorkshopCommand.MAX_TITLE, message = "form.error.too-long")
        @Nullable String title,
        @Size(max = WorkshopCommand.MAX_DESCRIPTION, message = "form.error.too-long") @Nullable String description,
        boolean anonymous) {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;

    /** The form as typed, for the page to show again. */
    Map<String, String> typed() {
        return Map.of("title", title == null ? "" : title, "description", description == null ? "" : description,
                "anonymous", anonymous ? "on" : "");
    }
}
