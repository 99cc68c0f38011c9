package se.samrad.platform.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import se.samrad.platform.security.Role;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

import java.util.List;
import java.util.Set;

/** The invitation form: the new colleague's e-mail address and the roles they get (at least one). */
@Introspected
record InviteCommand(@Nullable String email, List<String> roles) implements CrossChecked {

    /** The organisation roles ticked; unknown names from a tampered form are dropped. */
    Set<Role> chosen() {
        return StaffController.parseRoles(roles);
    }

    @Override
    public void check(FormErrors errors) {
        Passwords.checkEmail(errors, "email", email);
        if (chosen().isEmpty()) {
            errors.add("roles", "staff.error.no-role");
        }
    }
}
