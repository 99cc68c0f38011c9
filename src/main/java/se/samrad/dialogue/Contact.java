package se.samrad.dialogue;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** Who a resident said they are, in a dialogue that is not anonymous (both optional). */
@Introspected
record Contact(@Nullable String name, @Nullable String email) {
}
