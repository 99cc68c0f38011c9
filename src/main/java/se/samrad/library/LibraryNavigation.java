package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.platform.web.NavigationContributor;
import se.samrad.platform.web.NavigationItem;

import java.util.ArrayList;
import java.util.List;

/** The library for everyone; the organisation's examples for contributors; review and index for those who do it. */
@Singleton
class LibraryNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> items(@Nullable CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("/library", "nav.library", 400));
        if (LibraryAccess.canContribute(user)) {
            items.add(new NavigationItem("/library/mine", "nav.library.mine", 410));
        }
        if (user != null && user.organisationId() != null
                && (user.has(Role.ORG_ADMIN) || user.has(Role.NETWORK_COORDINATOR))) {
            items.add(new NavigationItem("/library/review", "nav.library.review", 420));
        }
        if (user != null && user.has(Role.PLATFORM_ADMIN)) {
            items.add(new NavigationItem("/platform/library", "nav.library.admin", 985));
        }
        if (user != null && (user.has(Role.PLATFORM_ADMIN) || user.has(Role.NETWORK_COORDINATOR))) {
            items.add(new NavigationItem("/library/synonyms", "nav.library.synonyms", 986));
        }
        return items;
    }
}
