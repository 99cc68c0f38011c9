package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what in the register (issue 17): admins, facilitators and analysts edit; council members read;
 * contacts' personal data (and its export and erasure) is for organisation admins only. Each check answers 403;
 * a record of another organisation is then not found (404) because every query names the user's organisation.
 */
@Singleton
public class StakeholderPermissions {

    private static final Set<Role> READERS = EnumSet.of(Role.ORG_ADMIN, Role.FACILITATOR, Role.ANALYST,
            Role.COUNCIL_MEMBER);
    private static final Set<Role> EDITORS = EnumSet.of(Role.ORG_ADMIN, Role.FACILITATOR, Role.ANALYST);

    public boolean canRead(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null && user.roles().stream().anyMatch(READERS::contains);
    }

    public boolean canEdit(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null && user.roles().stream().anyMatch(EDITORS::contains);
    }

    public boolean canHandlePersonalData(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null && user.has(Role.ORG_ADMIN);
    }

    /** The user's organisation, when they may read its register. */
    public long requireRead(CurrentUser user) {
        return require(canRead(user), user);
    }

    public long requireEdit(CurrentUser user) {
        return require(canEdit(user), user);
    }

    public long requirePersonalData(CurrentUser user) {
        return require(canHandlePersonalData(user), user);
    }

    private static long require(boolean allowed, CurrentUser user) {
        long organisationId = user.requireOrganisation();
        if (!allowed) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "error.forbidden");
        }
        return organisationId;
    }
}
