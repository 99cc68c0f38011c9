package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.NavigationContributor;
import se.samrad.platform.web.NavigationItem;

import java.util.List;

/** Dialogues for the staff of an organisation (everyone reads; admins and facilitators build them). */
@Singleton
class DialogueNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> items(@Nullable CurrentUser user) {
        if (user == null || user.organisationId() == null) {
            return List.of();
        }
        return List.of(new NavigationItem("/dialogues", "nav.dialogues", 200));
    }
}
