package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.NavigationContributor;
import se.samrad.platform.web.NavigationItem;

import java.util.List;

/** Indicators and the follow-up for the staff who may read them. */
@Singleton
class IndicatorNavigation implements NavigationContributor {

    private final IndicatorPermissions permissions;

    IndicatorNavigation(IndicatorPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<NavigationItem> items(@Nullable CurrentUser user) {
        return permissions.canRead(user) ? List.of(new NavigationItem("/indicators", "nav.indicators", 470),
                new NavigationItem("/indicators/follow-up", "nav.indicators.follow-up", 475)) : List.of();
    }
}
