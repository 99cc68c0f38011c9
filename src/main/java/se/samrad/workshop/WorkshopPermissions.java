package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

/**
 * Who may do what with workshops: facilitators and organisation admins prepare them; a workshop is run by the
 * organisation's admins and by the facilitators it names. A refusal answers 403; another organisation's workshop
 * is not found (404) before it gets here, since every query names the user's organisation.
 */
@Singleton
public class WorkshopPermissions {

    private final FacilitatorRepository facilitators;

    WorkshopPermissions(FacilitatorRepository facilitators) {
        this.facilitators = facilitators;
    }

    /** Whether the user may prepare workshops at all. */
    public boolean canCreate(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null
                && (user.has(Role.FACILITATOR) || user.has(Role.ORG_ADMIN));
    }

    public void requireCreate(CurrentUser user) {
        user.requireOrganisation();
        if (!canCreate(user)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "error.forbidden");
        }
    }

    /** Whether the user runs this workshop: an admin of its organisation or one of its named facilitators. */
    public boolean canRun(CurrentUser user, Workshop workshop) {
        if (user.organisationId() == null || user.organisationId() != workshop.organisationId()) {
            return false;
        }
        return user.has(Role.ORG_ADMIN)
                || (user.has(Role.FACILITATOR) && facilitators.existsByWorkshopIdAndAccountId(workshop.id(),
                user.accountId()));
    }

    public void requireRun(CurrentUser user, Workshop workshop) {
        if (!canRun(user, workshop)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "error.forbidden");
        }
    }
}
