package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.NavigationContributor;
import se.samrad.platform.web.NavigationItem;

import java.util.ArrayList;
import java.util.List;

/** Joining a workshop for everyone; the organisation's workshops for its facilitators and admins. */
@Singleton
class WorkshopNavigation implements NavigationContributor {

    private final WorkshopPermissions permissions;

    WorkshopNavigation(WorkshopPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<NavigationItem> items(@Nullable CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        if (permissions.canCreate(user)) {
            items.add(new NavigationItem("/workshops", "nav.workshops", 300));
        }
        items.add(new NavigationItem("/w", "nav.workshops.join", 310));
        return items;
    }
}
