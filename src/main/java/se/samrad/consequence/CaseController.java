package se.samrad.consequence;

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
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.TargetPicker;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** The consequence assessment's list of cases, making and changing a case, and a case's overview. */
@Controller("/consequence")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class CaseController {

    static final String PICKER = "targets";

    private final Cases cases;
    private final Cells cells;
    private final ConsequencePermissions permissions;
    private final TargetPicker picker;
    private final GoalCatalogue catalogue;
    private final FormBinder binder;
    private final Views views;

    CaseController(Cases cases, Cells cells, ConsequencePermissions permissions, TargetPicker picker,
                   GoalCatalogue catalogue, FormBinder binder, Views views) {
        this.cases = cases;
        this.cells = cells;
        this.permissions = permissions;
        this.picker = picker;
        this.catalogue = catalogue;
        this.binder = binder;
        this.views = views;
    }

    @Get
    HttpResponse<String> index(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireRead(user);
        return views.page(request, "consequence/index", Pages.model("cases", cases.list(org),
                "canManage", permissions.canManage(user), "units", cases.unitNames(org).entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue))));
    }

    @Get("/new")
    HttpResponse<String> newForm(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireManage(user);
        Set<Long> suggested = cases.suggestedTargets(org);
        return form(request, HttpStatus.OK, org, null, CaseCommand.empty(), suggested, null, new FormErrors(),
                !suggested.isEmpty());
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireManage(user);
        return save(request, user, org, null, body);
    }

    @Get("/cases/{id}/edit")
    HttpResponse<String> editForm(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireManage(user);
        CaseRow row = cases.get(org, id);
        return form(request, HttpStatus.OK, org, row, CaseCommand.of(row, cases.items(row)),
                cases.targets(row).stream().map(e -> e.id()).toList(), null, new FormErrors(), false);
    }

    @Post("/cases/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireManage(user);
        return save(request, user, org, cases.get(org, id), body);
    }

    private HttpResponse<?> save(HttpRequest<?> request, CurrentUser user, long org, CaseRow row,
                                 Map<String, Object> body) {
        Set<Long> targets = TargetPicker.selected(body, PICKER);
        FormBinder.Bound<CaseCommand> bound = binder.bind(body, CaseCommand.class);
        String query = Forms.value(body, PICKER + TargetPicker.QUERY_SUFFIX);
        if (TargetPicker.isSearch(body, PICKER)) {
            return form(request, HttpStatus.OK, org, row, bound.command(), targets, query, new FormErrors(), false);
        }
        FormErrors errors = bound.errors();
        if (bound.valid()) {
            try {
                CaseRow saved = row == null
                        ? cases.create(user, bound.command(), targets,
                        views.message(request, "consequence.do-nothing.title"))
                        : cases.update(user, row, bound.command(), targets);
                return HttpResponse.seeOther(URI.create("/consequence/cases/" + saved.id() + "?done="
                        + (row == null ? "created" : "saved")));
            } catch (InvalidRequestException e) {
                errors.add(e.messageKey().equals("consequence.error.unit") ? "unit" : PICKER, e.messageKey());
            }
        }
        return form(request, HttpStatus.UNPROCESSABLE_ENTITY, org, row, bound.command(), targets, query, errors,
                false);
    }

    private HttpResponse<String> form(HttpRequest<?> request, HttpStatus status, long org, CaseRow row,
                                      CaseCommand form, Collection<Long> targets, String query, FormErrors errors,
                                      boolean suggested) {
        String lang = views.language(request).code();
        return views.page(request, status, "consequence/case-form", Pages.model("kase", row, "form", form,
                "errors", errors, "units", cases.organisationUnits(org), "suggested", suggested,
                "picker", picker.model(PICKER, lang, catalogue.visibleTo(org), targets, query)));
    }

    @Get("/cases/{id}")
    HttpResponse<String> show(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        long org = permissions.requireRead(user);
        CaseRow row = cases.get(org, id);
        return views.page(request, "consequence/case", Pages.model("kase", row, "targets", cases.targets(row),
                "items", cases.items(row), "alternatives", cases.alternatives(row),
                "unitName", row.unitId() == null ? "" : cases.unitNames(org).getOrDefault(row.unitId(), ""),
                "owner", row.ownerAccountId() == null ? "" : cells.people(org).getOrDefault(row.ownerAccountId(), ""),
                "canManage", permissions.canManage(user), "horizons", Horizon.values(),
                "done", request.getParameters().get("done", String.class, "")));
    }
}
