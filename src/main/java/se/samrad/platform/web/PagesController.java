package se.samrad.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;

/** Public pages: the start page, the accessibility statement (tillgänglighetsredogörelse) and privacy. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(Views.HTML_VALUE)
public class PagesController {

    private final Views views;

    public PagesController(Views views) {
        this.views = views;
    }

    /** Start page: what Samråd is for visitors, the user's work areas for staff. */
    @Get
    public HttpResponse<String> home(HttpRequest<?> request, @Nullable @QueryValue String signedOut,
                                     @Nullable @QueryValue String welcome) {
        String notice = signedOut != null ? "home.notice.signed-out" : welcome != null ? "home.notice.welcome" : "";
        return views.page(request, "platform/home", Map.of("notice", notice));
    }

    /** Accessibility statement required of Swedish public-sector sites (DOS law). */
    @Get("/accessibility")
    public HttpResponse<String> accessibility(HttpRequest<?> request) {
        return views.page(request, "platform/accessibility", Map.of());
    }

    /** How personal data is handled (GDPR). */
    @Get("/privacy")
    public HttpResponse<String> privacy(HttpRequest<?> request) {
        return views.page(request, "platform/privacy", Map.of());
    }
}
