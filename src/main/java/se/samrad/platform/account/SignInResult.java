package se.samrad.platform.account;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** The outcome of a sign-in attempt. */
public record SignInResult(Outcome outcome, @Nullable Account account, @Nullable Instant lockedUntil) {

    public enum Outcome { SIGNED_IN, INVALID, LOCKED }

    static SignInResult signedIn(Account account) {
        return new SignInResult(Outcome.SIGNED_IN, account, null);
    }

    static SignInResult invalid() {
        return new SignInResult(Outcome.INVALID, null, null);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, null, until);
    }
}
