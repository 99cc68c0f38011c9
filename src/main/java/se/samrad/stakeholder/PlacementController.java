package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.util.Map;

/** The interest/influence grid (chart and table) and placing a stakeholder on it with ordinary form fields. */
@Controller("/stakeholders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class PlacementController {

    private final Placements placements;
    private final StakeholderPages pages;
    private final FormBinder validator;

    PlacementController(Placements placements, StakeholderPages pages, FormBinder validator) {
        this.placements = placements;
        this.pages = pages;
        this.validator = validator;
    }

    @Get("/grid")
    HttpResponse<String> grid(HttpRequest<?> request, Authentication auth, @Nullable @QueryValue String issue) {
        return pages.grid(request, CurrentUser.of(auth), issue == null ? "" : issue);
    }

    @Post("/organisations/{id}/placements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> place(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                          @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        PlacementCommand command = PlacementCommand.from(body);
        FormErrors errors = validator.validate(command);
        if (errors.isEmpty()) {
            placements.place(user, id, command);
            return StakeholderController.done(id, "placed");
        }
        return pages.organisation(request, HttpStatus.UNPROCESSABLE_ENTITY, user, id,
                new StakeholderPages.OrganisationForms(PeriodCommand.empty(), command,
                        pages.blankForms().engagement(), errors));
    }
}
