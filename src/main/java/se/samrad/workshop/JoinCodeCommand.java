package se.samrad.workshop;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

/** The code a participant types to join, as shown by the facilitator (spaces, dashes and case do not matter). */
@Introspected
record JoinCodeCommand(@Nullable String code) implements CrossChecked {

    /** The code as workshops store it; null when it cannot be one. */
    @Nullable
    String normalised() {
        return JoinCodes.normalise(code);
    }

    @Override
    public void check(FormErrors errors) {
        if (normalised() == null) {
            errors.add("code", "workshop.error.code");
        }
    }
}
