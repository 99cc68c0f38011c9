package se.samrad.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.EnumSet;
import java.util.Set;

/** The signed-in staff member as the request sees it. */
public record CurrentUser(long accountId, @Nullable Long organisationId, String email, String displayName,
                          Set<Role> roles) {

    static final String ORGANISATION = "organisationId";
    static final String EMAIL = "email";
    static final String DISPLAY_NAME = "displayName";

    public static CurrentUser of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : authentication.getRoles()) {
            roles.add(Role.valueOf(role));
        }
        Object org = authentication.getAttributes().get(ORGANISATION);
        return new CurrentUser(Long.parseLong(authentication.getName()),
                org == null ? null : ((Number) org).longValue(),
                (String) authentication.getAttributes().get(EMAIL),
                (String) authentication.getAttributes().get(DISPLAY_NAME),
                roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The organisation this user acts for; staff without one (platform admins) are refused. */
    public long requireOrganisation() {
        if (organisationId == null) {
            throw new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.FORBIDDEN,
                    "error.forbidden");
        }
        return organisationId;
    }
}
