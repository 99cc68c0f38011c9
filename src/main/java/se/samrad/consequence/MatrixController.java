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
import se.samrad.goals.GoalElement;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.Views;

import java.util.List;

/** The SKR matrix of a case: an accessible table that prints as it is. */
@Controller("/consequence/cases/{id}/matrix")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class MatrixController {

    private final Cases cases;
    private final Matrix matrix;
    private final ConsequencePermissions permissions;
    private final Prefill prefill;
    private final Views views;

    MatrixController(Cases cases, Matrix matrix, ConsequencePermissions permissions, Prefill prefill, Views views) {
        this.prefill = prefill;
        this.cases = cases;
        this.matrix = matrix;
        this.permissions = permissions;
        this.views = views;
    }

    @Get
    HttpResponse<String> show(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        long org = permissions.requireRead(CurrentUser.of(auth));
        CaseRow kase = cases.get(org, id);
        List<GoalElement> targets = cases.targets(kase);
        return views.page(request, "consequence/matrix", Pages.model("kase", kase, "rows",
                matrix.rows(kase, targets, cases.alternatives(kase)), "targets", targets, "interactions",
                prefill.interactions(kase, targets)));
    }
}
