package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.NavigationContributor;
import se.samrad.platform.web.NavigationItem;

import java.util.ArrayList;
import java.util.List;

/** The register for the staff who may read it; contacts for those who may see personal data. */
@Singleton
class StakeholderNavigation implements NavigationContributor {

    private final StakeholderPermissions permissions;

    StakeholderNavigation(StakeholderPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<NavigationItem> items(@Nullable CurrentUser user) {
        List<NavigationItem> items = new ArrayList<>();
        if (permissions.canRead(user)) {
            items.add(new NavigationItem("/stakeholders", "nav.stakeholders", 450));
        }
        if (permissions.canHandlePersonalData(user)) {
            items.add(new NavigationItem("/stakeholders/contacts", "nav.stakeholders.contacts", 455));
        }
        return items;
    }
}
