package se.samrad.relevance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static se.samrad.relevance.RelevanceController.model;

/**
 * The analysis group chooses which single pieces of evidence a SWOT point cites, from a list of what its targets'
 * sources offer (checkboxes grouped by target: no JavaScript, all by keyboard).
 */
@Controller("/relevance/rounds/{id}/swot/{pointId}/evidence")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class SwotEvidenceController {

    private final Rounds rounds;
    private final Swot swot;
    private final SwotEvidence evidence;
    private final RelevancePermissions permissions;
    private final Views views;

    SwotEvidenceController(Rounds rounds, Swot swot, SwotEvidence evidence, RelevancePermissions permissions,
                           Views views) {
        this.rounds = rounds;
        this.swot = swot;
        this.evidence = evidence;
        this.permissions = permissions;
        this.views = views;
    }

    /** The point's targets, each with the evidence it can cite, the cited ones checked. */
    @Get
    HttpResponse<String> form(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                              @PathVariable long pointId) {
        CurrentUser user = CurrentUser.of(auth);
        RoundRow round = rounds.get(user.requireOrganisation(), id);
        permissions.requireManage(user);
        Swot.Point point = swot.point(round, pointId);
        return render(request, HttpStatus.OK, round, point, evidence.keys(round, pointId), new FormErrors());
    }

    /** Replaces what the point cites by the checked items. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cite(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                         @PathVariable long pointId, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        RoundRow round = rounds.get(user.requireOrganisation(), id);
        permissions.requireManage(user);
        Swot.Point point = swot.point(round, pointId);
        List<String> keys = Forms.values(body, "evidence");
        try {
            evidence.cite(round, pointId, point.targets(), keys);
        } catch (InvalidRequestException e) {
            FormErrors errors = new FormErrors();
            errors.add("evidence", e.messageKey());
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, round, point, keys, errors);
        }
        return HttpResponse.seeOther(URI.create("/relevance/rounds/" + id + "/result?done=swot-cited#swot"));
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, RoundRow round, Swot.Point point,
                                        Collection<String> chosen, FormErrors errors) {
        return views.page(request, status, "relevance/swot-evidence", model("round", round, "point", point,
                "groups", evidence.citable(round, point.targets()), "chosen", List.copyOf(chosen), "errors", errors));
    }
}
