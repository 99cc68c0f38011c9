package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import se.samrad.platform.i18n.LanguageResolver;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.RateLimiter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The goal catalogue as JSON: open data for the built-in frameworks (rate-limited per address for anonymous
 * callers), plus the signed-in user's organisation's own frameworks and mappings.
 */
@Controller("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class FrameworkApiController {

    /** A framework in the list. */
    @Serdeable
    record FrameworkSummary(String key, FrameworkKind kind, boolean owned, Map<String, String> names,
                            Map<String, String> descriptions, String source, int goals, int targets) {
    }

    /** A goal with the codes of its targets. */
    @Serdeable
    record GoalSummary(String code, Map<String, String> titles, Map<String, String> officialTitles,
                       @Nullable String colour, List<Dimension> dimensions, List<String> targets) {
    }

    /** A target (or, in a framework without targets, a goal): its code, its goal's code and its texts. */
    @Serdeable
    record TargetSummary(String code, String goal, Map<String, String> titles, Map<String, String> officialTitles) {
    }

    /** A mapping from an own goal to a target of another framework. */
    @Serdeable
    record MappingSummary(long id, String sourceFramework, String sourceCode, String targetFramework,
                          String targetCode, String note) {
    }

    private final GoalCatalogue catalogue;
    private final OwnGoals ownGoals;
    private final RateLimiter limiter;
    private final LanguageResolver languages;
    private final int perMinute;

    FrameworkApiController(GoalCatalogue catalogue, OwnGoals ownGoals, RateLimiter limiter,
                           LanguageResolver languages,
                           @Value("${samrad.rate-limit.public-api-per-minute:600}") int perMinute) {
        this.catalogue = catalogue;
        this.ownGoals = ownGoals;
        this.limiter = limiter;
        this.languages = languages;
        this.perMinute = perMinute;
    }

    /** Lists the frameworks: the built-in ones and the signed-in user's organisation's own. */
    @Get("/frameworks")
    List<FrameworkSummary> frameworks(HttpRequest<?> request, @Nullable Authentication auth) {
        return catalogue.visibleTo(organisation(request, auth)).stream().map(f -> new FrameworkSummary(f.key(),
                f.kind(), f.isOwned(), f.names(), f.descriptions(), f.sourceUrl(), f.goals().size(),
                f.targetCount())).toList();
    }

    /** One framework's goals, in order. */
    @Get("/frameworks/{key}/goals")
    List<GoalSummary> goals(HttpRequest<?> request, @Nullable Authentication auth, @PathVariable String key) {
        return catalogue.framework(key, organisation(request, auth)).goals().stream()
                .map(g -> new GoalSummary(g.code(), titles(g), officialTitles(g), g.colour(), g.dimensionList(),
                        g.children().stream().map(GoalElement::code).toList()))
                .toList();
    }

    /**
     * One framework's targets (for a framework whose goals have none, such as the miljökvalitetsmål, its goals),
     * optionally only one goal's ({@code goal}) or those matching a search ({@code q}, in the language
     * {@code lang}, by default the request's).
     */
    @Get("/frameworks/{key}/targets{?goal,q,lang}")
    List<TargetSummary> targets(HttpRequest<?> request, @Nullable Authentication auth, @PathVariable String key,
                                @Nullable @QueryValue String goal, @Nullable @QueryValue String q,
                                @Nullable @QueryValue String lang) {
        Framework framework = catalogue.framework(key, organisation(request, auth));
        String searchLang = lang == null || lang.isBlank() ? languages.resolve(request).code() : lang.strip();
        List<String> words = TargetSearch.words(q);
        return framework.goals().stream()
                .filter(g -> goal == null || goal.isBlank() || g.code().equals(goal.strip()))
                .flatMap(g -> g.leaves().stream()
                        .filter(leaf -> TargetSearch.matches(leaf, searchLang, words))
                        .map(leaf -> new TargetSummary(leaf.code(), g.code(), titles(leaf), officialTitles(leaf))))
                .toList();
    }

    /** The signed-in user's organisation's mappings from its own goals to other frameworks' targets. */
    @Get("/goal-mappings")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<MappingSummary> mappings(Authentication auth) {
        return ownGoals.all(CurrentUser.of(auth).requireOrganisation()).stream()
                .map(m -> new MappingSummary(m.id(), m.sourceFramework().key(), m.source().code(),
                        m.targetFramework().key(), m.target().code(), m.note()))
                .toList();
    }

    @Nullable
    private Long organisation(HttpRequest<?> request, @Nullable Authentication auth) {
        if (auth == null) {
            limiter.require("public-api", request, perMinute);
            return null;
        }
        return CurrentUser.of(auth).organisationId();
    }

    private static Map<String, String> titles(GoalElement element) {
        Map<String, String> titles = new LinkedHashMap<>();
        element.texts().forEach((lang, text) -> {
            String label = text.title().isEmpty() ? text.officialShort() : text.title();
            if (!label.isEmpty()) {
                titles.put(lang, label);
            }
        });
        return titles;
    }

    private static Map<String, String> officialTitles(GoalElement element) {
        Map<String, String> titles = new LinkedHashMap<>();
        element.texts().forEach((lang, text) -> {
            if (text.officialTitle() != null && !text.officialTitle().isEmpty()) {
                titles.put(lang, text.officialTitle());
            }
        });
        return titles;
    }
}
