package se.samrad.workshop;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** The form that adds a co-facilitator: the chosen staff account (none, or not a candidate, is refused). */
@Introspected
record FacilitatorCommand(@Nullable Long account) {

    /** The chosen account's id, or -1 (no account has it) when none was chosen. */
    long accountId() {
        return account == null ? -1 : account;
    }
}
