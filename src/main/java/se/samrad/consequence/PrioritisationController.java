package se.samrad.consequence;

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
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Effect against resources: for one case's alternatives, and across every case of the organisation; a case's
 * alternatives sent to a live workshop as dot voting, the participants' dots shown beside the analysts' ranking.
 */
@Controller("/consequence")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class PrioritisationController {

    private final Cases cases;
    private final Prioritisation prioritisation;
    private final ConsequencePermissions permissions;
    private final WorkshopVotes votes;
    private final Views views;

    PrioritisationController(Cases cases, Prioritisation prioritisation, ConsequencePermissions permissions,
                             WorkshopVotes votes, Views views) {
        this.votes = votes;
        this.cases = cases;
        this.prioritisation = prioritisation;
        this.permissions = permissions;
        this.views = views;
    }

    @Get("/cases/{id}/prioritisation")
    HttpResponse<String> ofCase(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireRead(user);
        CaseRow kase = cases.get(org, id);
        boolean manage = permissions.canManage(user);
        Map<String, Object> model = Pages.model("kase", kase, "chart", prioritisation.ofCase(org, kase),
                "canManage", manage, "dots", WorkshopVotes.DOTS, "workshops", manage ? votes.workshops(user) : List.of(),
                "done", request.getParameters().get("done", String.class, ""));
        votes.latest(kase).ifPresent(v -> model.put("votes", v));
        return views.page(request, "consequence/prioritisation", model);
    }

    /** Sends the case's alternatives to a workshop the user runs as dot voting (admins and analysts). */
    @Post("/cases/{id}/prioritisation/workshop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> sendToWorkshop(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                   @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        CaseRow kase = cases.get(permissions.requireManage(user), id);
        long workshop;
        try {
            workshop = Long.parseLong(String.valueOf(body.getOrDefault("workshop", "")).strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("consequence.error.workshop");
        }
        votes.send(user, kase, workshop, views.message(request, "consequence.vote.activity", kase.title()),
                views.message(request, "consequence.vote.prompt", WorkshopVotes.DOTS),
                a -> a.doNothing() ? views.message(request, "consequence.do-nothing")
                        : views.message(request, "consequence.alternative.letter", a.letter()) + " " + a.title());
        return HttpResponse.seeOther(URI.create("/consequence/cases/" + id + "/prioritisation?done=voting"));
    }

    @Get("/prioritisation")
    HttpResponse<String> acrossCases(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireRead(user);
        return views.page(request, "consequence/prioritisation", Pages.model("chart",
                prioritisation.acrossCases(org), "canManage", permissions.canManage(user)));
    }
}
