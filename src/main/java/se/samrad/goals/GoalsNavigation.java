package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.platform.web.NavigationContributor;
import se.samrad.platform.web.NavigationItem;

import java.util.ArrayList;
import java.util.List;

/** Goals for everyone; the organisation's own goals for its staff; the text import for platform admins. */
@Singleton
class GoalsNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> items(@Nullable CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("/goals", "nav.goals", 100));
        if (user != null && user.organisationId() != null) {
            items.add(new NavigationItem("/goals/own", "nav.goals.own", 110));
        }
        if (user != null && user.has(Role.PLATFORM_ADMIN)) {
            items.add(new NavigationItem("/platform/goals/import", "nav.goals.import", 980));
        }
        return items;
    }
}
