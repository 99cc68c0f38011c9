package se.samrad.relevance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Map;

import static se.samrad.relevance.RelevanceController.model;

/**
 * The public summary of a round for residents: what the organisation prioritises and why, and how many answers
 * from residents spoke to each priority (counts only: no quote leaves the staff pages). Shown once an admin or
 * analyst publishes it; an unpublished round is not found.
 */
@Controller("/relevance")
@Produces(Views.HTML_VALUE)
class PublicSummaryController {

    private final Rounds rounds;
    private final Results results;
    private final RelevancePermissions permissions;
    private final OrganisationService organisations;
    private final Views views;

    PublicSummaryController(Rounds rounds, Results results, RelevancePermissions permissions,
                            OrganisationService organisations, Views views) {
        this.rounds = rounds;
        this.results = results;
        this.permissions = permissions;
        this.organisations = organisations;
        this.views = views;
    }

    @Get("/public/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> summary(HttpRequest<?> request, @PathVariable long id) {
        RoundRow round = rounds.published(id);
        return views.page(request, "relevance/public", model("round", round,
                "organisation", organisations.get(round.organisationId()).name(),
                "priorities", results.of(round).priorities()));
    }

    @Post("/rounds/{id}/publish")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(Authentication auth, @PathVariable long id, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        RoundRow round = rounds.get(user.requireOrganisation(), id);
        permissions.requireManage(user);
        boolean published = "true".equals(Forms.value(body, "published"));
        rounds.publish(user, round, published);
        return HttpResponse.seeOther(URI.create("/relevance/rounds/" + id + "?done="
                + (published ? "published" : "withdrawn")));
    }
}
