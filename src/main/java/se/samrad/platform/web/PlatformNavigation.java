package se.samrad.platform.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

import java.util.ArrayList;
import java.util.List;

/** The platform's own navigation links: start, administration for admins. */
@Singleton
public class PlatformNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> items(@Nullable CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("/", "nav.home", 0));
        if (user == null) {
            return items;
        }
        if (user.organisationId() != null) {
            items.add(new NavigationItem("/networks", "nav.networks", 800));
        }
        if (user.has(Role.ORG_ADMIN)) {
            items.add(new NavigationItem("/admin/organisation", "nav.organisation", 900));
            items.add(new NavigationItem("/admin/staff", "nav.staff", 910));
            items.add(new NavigationItem("/admin/audit", "nav.audit", 920));
        }
        if (user.has(Role.PLATFORM_ADMIN)) {
            items.add(new NavigationItem("/platform/organisations", "nav.platform.organisations", 950));
            items.add(new NavigationItem("/platform/networks", "nav.platform.networks", 960));
            items.add(new NavigationItem("/platform/audit", "nav.platform.audit", 970));
        }
        return items;
    }
}
