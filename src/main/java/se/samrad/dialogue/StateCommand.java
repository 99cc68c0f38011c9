package se.samrad.dialogue;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotNull;

/** The state a dialogue is to move to (its buttons send one; anything else is a bad request). */
@Introspected
record StateCommand(@NotNull(message = "dialogue.staff.error.state") @Nullable DialogueState to) {
}
