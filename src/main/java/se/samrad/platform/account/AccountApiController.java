package se.samrad.platform.account;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.MediaType;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

import java.util.List;
import java.util.Set;

/** JSON API over the same services as the account pages. */
@Controller("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AccountApiController {

    private final AccountService accounts;

    public AccountApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Who I am. */
    @Serdeable
    public record Me(long id, @Nullable Long organisationId, String email, String displayName, Set<Role> roles) {
    }

    /** The signed-in account. */
    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Me me(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        return new Me(user.accountId(), user.organisationId(), user.email(), user.displayName(), user.roles());
    }

    /** The staff of the admin's own organisation. */
    @Get("/staff")
    @Secured(Role.ORG_ADMIN_NAME)
    public List<StaffMember> staff(Authentication auth) {
        return accounts.staff(CurrentUser.of(auth).requireOrganisation());
    }

    /** One staff member of the admin's own organisation; 404 for anyone else's. */
    @Get("/staff/{id}")
    @Secured(Role.ORG_ADMIN_NAME)
    public StaffMember staffMember(Authentication auth, @PathVariable long id) {
        return accounts.staffMember(CurrentUser.of(auth), id);
    }
}
