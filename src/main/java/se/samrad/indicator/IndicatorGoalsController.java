package se.samrad.indicator;

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
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetPicker;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static se.samrad.indicator.IndicatorPages.model;

/** Linking an indicator to goal targets of any framework (own goals too) with the shared target picker. */
@Controller("/indicators/{id}/goals")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class IndicatorGoalsController {

    static final String PICKER = "targets";

    private final Indicators indicators;
    private final IndicatorPermissions permissions;
    private final GoalCatalogue catalogue;
    private final TargetPicker picker;
    private final Views views;

    IndicatorGoalsController(Indicators indicators, IndicatorPermissions permissions, GoalCatalogue catalogue,
                             TargetPicker picker, Views views) {
        this.indicators = indicators;
        this.permissions = permissions;
        this.catalogue = catalogue;
        this.picker = picker;
        this.views = views;
    }

    /** The picker with the targets the indicator follows chosen. */
    @Get
    HttpResponse<String> form(HttpRequest<?> request, @PathVariable long id, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        long organisationId = permissions.requireEdit(user);
        Set<Long> chosen = new LinkedHashSet<>();
        indicators.goals(organisationId, id).stream().map(GoalElement::id).forEach(chosen::add);
        return render(request, HttpStatus.OK, user, id, chosen, null, new FormErrors());
    }

    /** Saves the chosen targets (or, for a search in the picker, shows its hits). */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, @PathVariable long id, Authentication auth,
                         @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        permissions.requireEdit(user);
        Set<Long> chosen = TargetPicker.selected(body, PICKER);
        if (TargetPicker.isSearch(body, PICKER)) {
            return render(request, HttpStatus.OK, user, id, chosen,
                    Forms.value(body, PICKER + TargetPicker.QUERY_SUFFIX), new FormErrors());
        }
        try {
            indicators.setGoals(user, id, chosen);
            return IndicatorPages.done(id, "goals-saved");
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, user, id, chosen, null,
                    new FormErrors().add(PICKER, e.messageKey()));
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, CurrentUser user, long id,
                                        Set<Long> chosen, String query, FormErrors errors) {
        IndicatorRow row = indicators.get(user, id);
        String lang = views.language(request).code();
        return views.page(request, status, "indicator/goals", model("indicator", row, "errors", errors,
                "picker", picker.model(PICKER, lang, catalogue.visibleTo(user.organisationId()), chosen, query)));
    }
}
