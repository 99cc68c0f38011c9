package se.samrad.indicator;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.Formats;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static se.samrad.indicator.IndicatorPages.model;

/**
 * Fetching every year of the followed KPIs from Kolada's API: the button answers at once and leads to a page that
 * shows the fetch's progress (updating itself where scripts run, with a link to look again where they do not), and
 * then the import page with the report of what changed, or with what went wrong.
 */
@Controller("/indicators/import/fetch")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class KoladaFetchController {

    private final KoladaFetches fetches;
    private final ImportPages pages;
    private final Views views;

    KoladaFetchController(KoladaFetches fetches, ImportPages pages, Views views) {
        this.fetches = fetches;
        this.pages = pages;
        this.views = views;
    }

    /** Starts the fetch in the background (unless one runs) and goes to its progress. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        try {
            fetches.start(user);
            return HttpResponse.seeOther(URI.create("/indicators/import/fetch"));
        } catch (InvalidRequestException e) {
            return failed(request, user, e.messageKey());
        }
    }

    /** The running fetch's progress, or when it is done the import page with its report (or its error). */
    @Get
    HttpResponse<?> progress(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        KoladaFetches.Fetch fetch = fetches.of(user).orElse(null);
        if (fetch == null) {
            return HttpResponse.seeOther(URI.create("/indicators/import"));
        }
        return switch (fetch.state()) {
            case RUNNING -> views.page(request, "indicator/fetch", model("fetch", fetch,
                    "progressText", text(request, fetch)));
            case DONE -> pages.render(request, HttpStatus.OK, user, ImportPages.State.blank().withValues(
                    new FileImport.Result(fetch.soFar().values(), fetch.soFar().skipped(), List.of())));
            case FAILED -> failed(request, user, fetch.errorKey());
        };
    }

    /** The same as JSON, for the page's script: state, pages read, values so far and the progress in words. */
    @Get("/status")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> status(HttpRequest<?> request, Authentication auth) {
        KoladaFetches.Fetch fetch = fetches.of(CurrentUser.of(auth)).orElse(null);
        if (fetch == null) {
            return HttpResponse.ok(Map.of("state", "NONE"));
        }
        IndicatorValues.Report values = fetch.soFar().values();
        return HttpResponse.ok(Map.of("state", fetch.state().name(), "pages", fetch.pages(), "added", values.added(),
                "changed", values.changed(), "unchanged", values.unchanged(), "skipped", fetch.soFar().skipped(),
                "text", text(request, fetch)));
    }

    private String text(HttpRequest<?> request, KoladaFetches.Fetch fetch) {
        Formats f = new Formats(views.language(request), ZoneOffset.UTC);
        return views.message(request, "indicator.fetch.progress", f.number(fetch.pages()),
                f.number(fetch.soFar().values().total() + fetch.soFar().skipped()),
                f.number(fetch.soFar().values().added()), f.number(fetch.soFar().values().changed()));
    }

    private HttpResponse<String> failed(HttpRequest<?> request, CurrentUser user, String key) {
        HttpStatus status = key.endsWith("unreachable") ? HttpStatus.BAD_GATEWAY : HttpStatus.UNPROCESSABLE_ENTITY;
        return pages.render(request, status, user, ImportPages.State.blank().withError("fetch", key));
    }
}
