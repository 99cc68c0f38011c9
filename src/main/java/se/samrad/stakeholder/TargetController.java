package se.samrad.stakeholder;

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
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.util.Map;
import java.util.Set;

import static se.samrad.stakeholder.OrganisationCommand.text;
import static se.samrad.stakeholder.StakeholderController.model;

/** Linking a stakeholder to goal targets through the shared target picker (works without JavaScript). */
@Controller("/stakeholders/organisations/{id}/targets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class TargetController {

    static final String PICKER = "targets";

    private final StakeholderTargets targets;
    private final StakeholderRegister register;
    private final StakeholderPermissions permissions;
    private final GoalCatalogue catalogue;
    private final TargetPicker picker;
    private final Views views;

    TargetController(StakeholderTargets targets, StakeholderRegister register, StakeholderPermissions permissions,
                     GoalCatalogue catalogue, TargetPicker picker, Views views) {
        this.targets = targets;
        this.register = register;
        this.permissions = permissions;
        this.catalogue = catalogue;
        this.picker = picker;
        this.views = views;
    }

    @Get
    HttpResponse<String> form(HttpRequest<?> request, @PathVariable long id, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        permissions.requireEdit(user);
        var linked = targets.of(user, id);
        Set<Long> chosen = new java.util.LinkedHashSet<>();
        linked.forEach(l -> chosen.add(l.element().id()));
        String note = linked.isEmpty() ? "" : linked.get(0).note();
        return render(request, HttpStatus.OK, user, id, chosen, note, null, new FormErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, @PathVariable long id, Authentication auth,
                         @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        permissions.requireEdit(user);
        Set<Long> chosen = TargetPicker.selected(body, PICKER);
        String note = text(body, "note");
        if (TargetPicker.isSearch(body, PICKER)) {
            return render(request, HttpStatus.OK, user, id, chosen, note,
                    Forms.value(body, PICKER + TargetPicker.QUERY_SUFFIX), new FormErrors());
        }
        try {
            targets.set(user, id, chosen, note);
            return StakeholderController.done(id, "targets-saved");
        } catch (InvalidRequestException e) {
            FormErrors errors = new FormErrors().add(e.messageKey().equals("form.error.too-long") ? "note" : PICKER,
                    e.messageKey());
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, user, id, chosen, note, null, errors);
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, CurrentUser user, long id,
                                        Set<Long> chosen, String note, String query, FormErrors errors) {
        StakeholderRow row = register.get(user, id);
        String lang = views.language(request).code();
        return views.page(request, status, "stakeholder/targets", model("stakeholder", row, "note", note,
                "errors", errors, "picker", picker.model(PICKER, lang, catalogue.visibleTo(user.organisationId()),
                        chosen, query)));
    }
}
