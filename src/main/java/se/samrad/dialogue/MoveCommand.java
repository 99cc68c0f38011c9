package se.samrad.dialogue;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** The up and down buttons of a section or question: {@code up} moves it one place up, anything else down. */
@Introspected
record MoveCommand(@Nullable String direction) {

    int delta() {
        return "up".equals(direction) ? -1 : 1;
    }
}
