package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with dialogues: all staff of the owning organisation read (results, texts, codes); organisation
 * admins and facilitators build, run and moderate them. A refusal answers 403; another organisation's dialogue is
 * not found (404), since every query names the user's organisation.
 */
@Singleton
public class DialoguePermissions {

    private static final Set<Role> EDITORS = EnumSet.of(Role.ORG_ADMIN, Role.FACILITATOR);

    /** Whether the user may change the organisation's dialogues (and moderate their answers). */
    public boolean canEdit(@Nullable CurrentUser user) {
        return user != null && user.roles().stream().anyMatch(EDITORS::contains);
    }

    public void requireEditor(CurrentUser user) {
        if (!canEdit(user)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "error.forbidden");
        }
    }
}
