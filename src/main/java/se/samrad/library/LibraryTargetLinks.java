package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetLinkSource;
import se.samrad.goals.Text;
import se.samrad.platform.security.CurrentUser;

import java.util.List;
import java.util.Map;

/**
 * On a target's page: published examples tagged with it that the reader may see (from the search index), after
 * the organisation's own goals.
 */
@Singleton
@Order(100)
class LibraryTargetLinks implements TargetLinkSource {

    private static final int MAX = 10;

    private final LibrarySearch search;

    LibraryTargetLinks(LibrarySearch search) {
        this.search = search;
    }

    @Override
    public String headingKey() {
        return "library.links.heading";
    }

    @Override
    public List<TargetLink> linksTo(GoalElement target, @Nullable CurrentUser user, String lang) {
        ExampleIndex.Result result = search.search(user, new ExampleIndex.Search("",
                Map.of("target", List.of(LibraryIndexer.key(target))), ExampleIndex.Sort.NEWEST, 1, MAX, lang));
        return result.hits().stream().map(hit -> new TargetLink(new Text(hit.title(), hit.titleLang()),
                "/library/examples/" + hit.id(), new Text(hit.organisation(), lang),
                new Text(hit.period(), lang))).toList();
    }
}
