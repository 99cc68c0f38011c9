package se.samrad.consequence;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.Views;

import java.util.List;

/** Effect against resources: for one case's alternatives, and across every case of the organisation. */
@Controller("/consequence")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class PrioritisationController {

    private final Cases cases;
    private final Prioritisation prioritisation;
    private final ConsequencePermissions permissions;
    private final Views views;

    PrioritisationController(Cases cases, Prioritisation prioritisation, ConsequencePermissions permissions,
                             Views views) {
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
        return views.page(request, "consequence/prioritisation", Pages.model("kase", kase,
                "chart", prioritisation.of(org, List.of(kase)), "canManage", permissions.canManage(user)));
    }

    @Get("/prioritisation")
    HttpResponse<String> acrossCases(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireRead(user);
        return views.page(request, "consequence/prioritisation", Pages.model("chart",
                prioritisation.of(org, cases.list(org)), "canManage", permissions.canManage(user)));
    }
}
