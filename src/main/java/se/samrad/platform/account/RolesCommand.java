package se.samrad.platform.account;

import io.micronaut.core.annotation.Introspected;
import se.samrad.platform.security.Role;

import java.util.List;
import java.util.Set;

/** A staff member's roles as ticked ({@code roles}, one field per role); the service refuses removing the last admin. */
@Introspected
record RolesCommand(List<String> roles) {

    /** The organisation roles ticked; unknown names from a tampered form are dropped. */
    Set<Role> chosen() {
        return StaffController.parseRoles(roles);
    }
}
