package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what in the consequence assessment (issue 20): admins and analysts make cases and assess them (each
 * one an assessor); the case owner, or an organisation admin, settles a cell; council members read. Each check
 * answers 403; another organisation's case is not found (404) because every query names the user's.
 */
@Singleton
public class ConsequencePermissions {

    private static final Set<Role> MANAGERS = EnumSet.of(Role.ORG_ADMIN, Role.ANALYST);
    private static final Set<Role> READERS = EnumSet.of(Role.ORG_ADMIN, Role.ANALYST, Role.COUNCIL_MEMBER);

    public boolean canManage(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null && user.roles().stream().anyMatch(MANAGERS::contains);
    }

    public boolean canRead(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null && user.roles().stream().anyMatch(READERS::contains);
    }

    /** Settling a cell: the case's owner or an organisation admin. */
    public boolean canSettle(@Nullable CurrentUser user, CaseRow kase) {
        return canManage(user) && (user.roles().contains(Role.ORG_ADMIN)
                || (kase.ownerAccountId() != null && kase.ownerAccountId() == user.accountId()));
    }

    /** Seeing and writing to the register's contact persons (personal data): an organisation admin. */
    public boolean canContact(@Nullable CurrentUser user) {
        return canManage(user) && user.roles().contains(Role.ORG_ADMIN);
    }

    public void requireContact(CurrentUser user) {
        require(canContact(user), user);
    }

    public long requireManage(CurrentUser user) {
        return require(canManage(user), user);
    }

    public long requireRead(CurrentUser user) {
        return require(canRead(user), user);
    }

    public void requireSettle(CurrentUser user, CaseRow kase) {
        require(canSettle(user, kase), user);
    }

    private static long require(boolean allowed, CurrentUser user) {
        long organisationId = user.requireOrganisation();
        if (!allowed) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "error.forbidden");
        }
        return organisationId;
    }
}
