package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.NavigationContributor;
import se.samrad.platform.web.NavigationItem;

import java.util.List;

/** The consequence assessment for those who may read it: admins, analysts and council members. */
@Singleton
class ConsequenceNavigation implements NavigationContributor {

    private final ConsequencePermissions permissions;

    ConsequenceNavigation(ConsequencePermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<NavigationItem> items(@Nullable CurrentUser user) {
        return permissions.canRead(user) ? List.of(new NavigationItem("/consequence", "nav.consequence", 490))
                : List.of();
    }
}
