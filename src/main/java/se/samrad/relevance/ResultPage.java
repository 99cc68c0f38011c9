package se.samrad.relevance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import se.samrad.goals.Dimension;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import static se.samrad.relevance.RelevanceController.model;

/** Renders a round's result page, with the SWOT form fresh or as typed with its errors. */
@Singleton
class ResultPage {

    private final Results results;
    private final Swot swot;
    private final RelevancePermissions permissions;
    private final Views views;

    ResultPage(Results results, Swot swot, RelevancePermissions permissions, Views views) {
        this.results = results;
        this.swot = swot;
        this.permissions = permissions;
        this.views = views;
    }

    HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, CurrentUser user, RoundRow round,
                                SwotCommand form, FormErrors errors) {
        return views.page(request, status, "relevance/result", model("result", results.of(round),
                "canManage", permissions.canManage(user), "swot", swot.of(round), "swotForm", form,
                "errors", errors, "dimensions", AssessmentPages.names(Dimension.values()),
                "swotKinds", AssessmentPages.names(SwotKind.values()),
                "done", request.getParameters().get("done", String.class, "")));
    }
}
