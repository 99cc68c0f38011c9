package se.samrad.dialogue;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.AssertTrue;

/** Deleting a dialogue with every answer: only once the facilitator has ticked that they understand. */
@Introspected
record DeleteCommand(@AssertTrue(message = "dialogue.staff.delete.error.confirm") boolean confirm) {
}
