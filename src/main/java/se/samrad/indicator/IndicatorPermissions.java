package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with indicators (issue 18): the analysis group and admins keep them (definitions, values,
 * targets, imports); facilitators and council members read them. Each check answers 403; another organisation's
 * indicator is then not found (404) because every query names the user's organisation.
 */
@Singleton
public class IndicatorPermissions {

    private static final Set<Role> READERS = EnumSet.of(Role.ORG_ADMIN, Role.FACILITATOR, Role.ANALYST,
            Role.COUNCIL_MEMBER);
    private static final Set<Role> EDITORS = EnumSet.of(Role.ORG_ADMIN, Role.ANALYST);

    public boolean canRead(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null && user.roles().stream().anyMatch(READERS::contains);
    }

    public boolean canEdit(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null && user.roles().stream().anyMatch(EDITORS::contains);
    }

    /** The user's organisation, when they may read its indicators. */
    public long requireRead(CurrentUser user) {
        return require(canRead(user), user);
    }

    public long requireEdit(CurrentUser user) {
        return require(canEdit(user), user);
    }

    private static long require(boolean allowed, CurrentUser user) {
        long organisationId = user.requireOrganisation();
        if (!allowed) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "error.forbidden");
        }
        return organisationId;
    }
}
