package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static se.samrad.stakeholder.StakeholderController.model;
import static se.samrad.stakeholder.StakeholderPages.enumNames;

/** Finding stakeholders ("who have we not heard from") and the coverage of a dialogue or workshop by kind. */
@Controller("/stakeholders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class FindController {

    /** "Not heard from in 12 months", the filter the start page links to. */
    static final int SILENT_MONTHS = 12;

    private final StakeholderFinder finder;
    private final StakeholderPermissions permissions;
    private final FormBinder validator;
    private final Views views;
    private final Clock clock;

    FindController(StakeholderFinder finder, StakeholderPermissions permissions, FormBinder validator, Views views,
                   Clock clock) {
        this.finder = finder;
        this.permissions = permissions;
        this.validator = validator;
        this.views = views;
        this.clock = clock;
    }

    /** The filters as a GET form (so a result can be bookmarked), the hits, and their counts per kind and quadrant. */
    @Get("/find")
    HttpResponse<String> find(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        FindCommand filter = FindCommand.from(request.getParameters());
        FormErrors errors = validator.validate(filter);
        Map<String, Object> model = model("filter", filter, "errors", errors,
                "kinds", enumNames(StakeholderKind.values()), "quadrants", enumNames(Quadrant.values()),
                "targets", finder.linkedTargets(user),
                "yearAgo", LocalDate.now(clock).minusMonths(SILENT_MONTHS).toString());
        if (!filter.blank() && errors.isEmpty()) {
            model.put("result", finder.find(user, filter));
        }
        return views.page(request, errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY,
                "stakeholder/find", model);
    }

    /** Which kinds of stakeholder took part in one dialogue or workshop, against how many the register has. */
    @Get("/coverage")
    HttpResponse<String> coverage(HttpRequest<?> request, Authentication auth, @Nullable @QueryValue String issueKind,
                                  @Nullable @QueryValue String issueRef) {
        CurrentUser user = CurrentUser.of(auth);
        permissions.requireRead(user);
        IssueKind kind = Enums.parse(IssueKind.class, issueKind);
        String ref = issueRef == null ? "" : issueRef.strip();
        FormErrors errors = new FormErrors();
        Map<String, Object> model = model("issueKind", kind == null ? "" : kind.name(), "issueRef", ref,
                "issueKinds", List.of(IssueKind.DIALOGUE.name(), IssueKind.WORKSHOP.name()), "errors", errors);
        if (issueKind != null || issueRef != null) {
            if (kind == null || kind == IssueKind.NONE) {
                errors.add("issueKind", "form.error.choose");
            }
            if (!ref.matches("[0-9]{1,15}")) {
                errors.add("issueRef", "stakeholder.error.issue-ref");
            }
            if (errors.isEmpty()) {
                model.put("coverage", finder.coverage(user, kind, Long.parseLong(ref)));
            }
        }
        return views.page(request, errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY,
                "stakeholder/coverage", model);
    }
}
