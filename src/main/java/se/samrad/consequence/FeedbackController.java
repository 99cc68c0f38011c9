package se.samrad.consequence;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.web.Views;

/** The public "you said, we did" page of a recorded decision, for anyone with its link (no sign-in). */
@Controller("/feedback/{key}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(Views.HTML_VALUE)
class FeedbackController {

    private final Decisions decisions;
    private final FeedbackPage page;
    private final Views views;

    FeedbackController(Decisions decisions, FeedbackPage page, Views views) {
        this.decisions = decisions;
        this.page = page;
        this.views = views;
    }

    @Get
    HttpResponse<String> show(HttpRequest<?> request, @PathVariable String key) {
        Decisions.Decided decided = decisions.byPublicKey(key).orElseThrow(() -> new NotFoundException("feedback"));
        return views.page(request, "consequence/feedback", Pages.model("page",
                page.of(decided, views.language(request).code())));
    }
}
