package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.NavigationContributor;
import se.samrad.platform.web.NavigationItem;

import java.util.List;

/** The relevance assessment for every member of an organisation's staff: a unit's contact finds its tasks there. */
@Singleton
class RelevanceNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> items(@Nullable CurrentUser user) {
        return user != null && user.organisationId() != null
                ? List.of(new NavigationItem("/relevance", "nav.relevance", 470)) : List.of();
    }
}
