package se.samrad.dialogue;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Pattern;

/**
 * What a moderation button on the free-text list sends: the list to come back to (the question, the search and
 * the page) and, when tagging, the target codes. A question key or page that is not one is ignored.
 */
@Introspected
record ModerationCommand(@Pattern(regexp = "[A-Za-z0-9_-]{1,40}") @Nullable String question,
                         @Nullable String q,
                         @Pattern(regexp = "\\d{1,6}") @Nullable String page,
                         @Nullable String codes) {
}
