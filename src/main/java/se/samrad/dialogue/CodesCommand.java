package se.samrad.dialogue;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

/**
 * How many participation codes to make at once, as typed (so a refused value is shown again): a whole number from
 * 1 to {@link DialogueCodes#MAX_PER_BATCH}.
 */
@Introspected
record CodesCommand(@Nullable String count) implements CrossChecked {

    /** The number asked for; 0 when it is not one. */
    int number() {
        try {
            return count == null ? 0 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void check(FormErrors errors) {
        int n = number();
        if (n < 1 || n > DialogueCodes.MAX_PER_BATCH) {
            errors.add("count", "dialogue.staff.codes.error.count");
        }
    }
}
