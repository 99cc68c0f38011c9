package se.samrad.platform.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samrad.platform.security.Role;

import java.time.Instant;
import java.util.Set;

/** A staff account as its organisation's admins see it (no password hash, no lock state). */
@Serdeable
public record StaffMember(long id, String email, String displayName, boolean active, Set<Role> roles,
                          @Nullable Instant lastLoginAt, Instant createdAt) {

    public boolean has(String role) {
        return roles.contains(Role.valueOf(role));
    }
}
