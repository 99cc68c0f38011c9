package se.samrad.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import se.samrad.platform.i18n.LanguageResolver;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.RateLimiter;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library as JSON, with the same power as the pages: search with facets, highlighting, sort and pages;
 * suggestions; an example; similar examples. Anonymous callers see public examples and are rate-limited.
 */
@Controller("/api/v1/library")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class LibraryApiController {

    /** An example as the API returns it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ExampleView(long id, String organisation, String status, String visibility, @Nullable String network,
                       String lang, String type, String municipality, String region, @Nullable Integer yearFrom,
                       @Nullable Integer yearTo, String costs, String contact, List<String> dimensions,
                       List<String> tags, List<String> links, Map<String, ExampleTexts> texts, List<String> targets,
                       List<IndicatorRow> indicators, List<Attachment> attachments, @Nullable Instant publishedAt,
                       Instant updatedAt) {
    }

    private final LibrarySearch search;
    private final Library library;
    private final RateLimiter limiter;
    private final LanguageResolver languages;
    private final int perMinute;

    LibraryApiController(LibrarySearch search, Library library, RateLimiter limiter,
                         LanguageResolver languages,
                         @Value("${samrad.rate-limit.public-api-per-minute:600}") int perMinute) {
        this.search = search;
        this.library = library;
        this.limiter = limiter;
        this.languages = languages;
        this.perMinute = perMinute;
    }

    /** Searches: {@code q}, facet filters (goal, target, dimension, organisation, region, year, type, repeatable). */
    @Get("/search")
    ExampleIndex.Result search(HttpRequest<?> request, @Nullable Authentication auth, @Nullable @QueryValue String q,
                               @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page,
                               @Nullable @QueryValue Integer size) {
        CurrentUser user = reader(request, auth);
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dimension : ExampleIndex.DIMENSIONS) {
            List<String> values = request.getParameters().getAll(dimension);
            if (!values.isEmpty()) {
                filters.put(dimension, values);
            }
        }
        return search.search(user, new ExampleIndex.Search(q == null ? "" : q, filters,
                "newest".equals(sort) ? ExampleIndex.Sort.NEWEST : ExampleIndex.Sort.RELEVANCE,
                page == null ? 1 : page, size == null ? LibrarySearch.PAGE_SIZE : size, lang(request)));
    }

    /** Titles completing what was typed so far. */
    @Get("/suggest")
    List<ExampleIndex.Suggestion> suggest(HttpRequest<?> request, @Nullable Authentication auth,
                                          @Nullable @QueryValue String q) {
        return search.suggest(reader(request, auth), q == null ? "" : q, lang(request));
    }

    @Get("/examples/{id}")
    ExampleView example(HttpRequest<?> request, @Nullable Authentication auth, @PathVariable long id) {
        Example e = library.visible(reader(request, auth), id);
        return new ExampleView(e.id(), e.organisationName(), e.status().name(), e.visibility().name(), e.networkName(),
                e.lang(), e.kind().name(), e.municipality(), e.region(), e.yearFrom(), e.yearTo(), e.costs(),
                e.contact(), e.allDimensions().stream().map(Enum::name).toList(), e.tags(), e.links(), e.texts(),
                e.targets().stream().map(LibraryIndexer::key).toList(), e.indicators(), e.attachments(),
                e.publishedAt(), e.updatedAt());
    }

    @Get("/examples/{id}/similar")
    List<ExampleIndex.Hit> similar(HttpRequest<?> request, @Nullable Authentication auth, @PathVariable long id) {
        CurrentUser user = reader(request, auth);
        library.visible(user, id);
        return search.similar(user, id, lang(request));
    }

    private String lang(HttpRequest<?> request) {
        return languages.resolve(request).code();
    }

    private @Nullable CurrentUser reader(HttpRequest<?> request, @Nullable Authentication auth) {
        if (auth == null) {
            limiter.require("library-api", request, perMinute);
            return null;
        }
        return CurrentUser.of(auth);
    }
}
