package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.Views;

import java.util.Map;

/**
 * Browsing the goal catalogue. Open to everyone (residents meet these goals in dialogues); an organisation's
 * own frameworks and what it has linked to a target are shown only to its staff.
 */
@Controller("/goals")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(Views.HTML_VALUE)
class GoalPagesController {

    private final GoalPages pages;

    GoalPagesController(GoalPages pages) {
        this.pages = pages;
    }

    /** All frameworks: Agenda 2030's goals as tiles, the national objectives, models and the organisation's own. */
    @Get
    HttpResponse<String> index(HttpRequest<?> request, @Nullable Authentication auth) {
        return pages.overview(request, user(auth));
    }

    /** One framework with its goals. */
    @Get("/{key}")
    HttpResponse<String> framework(HttpRequest<?> request, @Nullable Authentication auth, @PathVariable String key) {
        return pages.framework(request, HttpStatus.OK, user(auth), key, Map.of());
    }

    /** A goal with its targets, or a target with what is linked to it. */
    @Get("/{key}/{code}")
    HttpResponse<String> element(HttpRequest<?> request, @Nullable Authentication auth, @PathVariable String key,
                                 @PathVariable String code) {
        return pages.element(request, HttpStatus.OK, user(auth), key, code, Map.of());
    }

    @Nullable
    private static CurrentUser user(@Nullable Authentication auth) {
        return auth == null ? null : CurrentUser.of(auth);
    }
}
