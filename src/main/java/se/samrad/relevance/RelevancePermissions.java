package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what in the relevance assessment (issue 19): admins and analysts open rounds, follow progress,
 * answer for any unit and decide; council members read the results; a unit's contact answers for that unit.
 * Only an admin reopens a closed round. Each check answers 403; another organisation's round is not found (404) because every query names the user's.
 */
@Singleton
public class RelevancePermissions {

    private static final Set<Role> MANAGERS = EnumSet.of(Role.ORG_ADMIN, Role.ANALYST);
    private static final Set<Role> READERS = EnumSet.of(Role.ORG_ADMIN, Role.ANALYST, Role.COUNCIL_MEMBER);

    public boolean canManage(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null && user.roles().stream().anyMatch(MANAGERS::contains);
    }

    public boolean canReadResults(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null && user.roles().stream().anyMatch(READERS::contains);
    }

    /** Whether the user answers for this unit of a round: its contact, or a manager. */
    public boolean canAnswer(CurrentUser user, RoundUnitRow unit) {
        return canManage(user) || (unit.contactAccountId() != null && unit.contactAccountId() == user.accountId());
    }

    /** Reopening a closed round: organisation admins only. */
    public boolean canReopen(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null && user.roles().contains(Role.ORG_ADMIN);
    }

    public long requireReopen(CurrentUser user) {
        return require(canReopen(user), user);
    }

    public long requireManage(CurrentUser user) {
        return require(canManage(user), user);
    }

    public long requireResults(CurrentUser user) {
        return require(canReadResults(user), user);
    }

    public void requireAnswer(CurrentUser user, RoundUnitRow unit) {
        require(canAnswer(user, unit), user);
    }

    static long require(boolean allowed, CurrentUser user) {
        long organisationId = user.requireOrganisation();
        if (!allowed) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "error.forbidden");
        }
        return organisationId;
    }
}
