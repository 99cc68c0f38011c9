package se.samrad.platform.security;

import java.util.Optional;

/** Looks up who an account is, for the session mechanism; implemented by the account capability. */
public interface AccountDirectory {

    /** The active account with its current roles, or empty when it is gone or deactivated. */
    Optional<CurrentUser> findActive(long accountId);
}
