package se.samrad.stakeholder;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Adding entries to an organisation's or a person's timeline, and marking a follow-up done. */
@Controller("/stakeholders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class EngagementController {

    private final Engagements engagements;
    private final StakeholderPages pages;
    private final FormBinder validator;

    EngagementController(Engagements engagements, StakeholderPages pages, FormBinder validator) {
        this.engagements = engagements;
        this.pages = pages;
        this.validator = validator;
    }

    /** Records a meeting, letter, call, consultation reply, visit, dialogue, workshop or agreement. */
    @Post("/organisations/{id}/engagements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addForOrganisation(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                       @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        EngagementCommand command = EngagementCommand.from(body);
        List<String> chosen = Forms.values(body, "targets");
        FormErrors errors = validator.validate(command);
        if (errors.isEmpty()) {
            try {
                if (!chosen.stream().allMatch(t -> t.matches("[0-9]{1,18}"))) {
                    throw new InvalidRequestException("stakeholder.error.target");
                }
                engagements.addForStakeholder(user, id, command,
                        chosen.stream().map(Long::valueOf).collect(Collectors.toSet()));
                return StakeholderController.done(id, "engagement-added");
            } catch (InvalidRequestException e) {
                errors.add(e.messageKey().equals("stakeholder.error.target") ? "targets" : "other", e.messageKey());
            }
        }
        return pages.organisation(request, HttpStatus.UNPROCESSABLE_ENTITY, user, id,
                pages.blankForms().withEngagement(command, chosen, errors));
    }

    /** The same on a person's timeline (organisation admins). */
    @Post("/contacts/{id}/engagements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addForContact(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                  @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requirePersonalData(user);
        EngagementCommand command = EngagementCommand.from(body);
        FormErrors errors = validator.validate(command);
        if (errors.isEmpty()) {
            try {
                engagements.addForContact(user, id, command);
                return HttpResponse.seeOther(URI.create("/stakeholders/contacts/" + id + "?done=engagement-added"));
            } catch (InvalidRequestException e) {
                errors.add("other", e.messageKey());
            }
        }
        return pages.contact(request, HttpStatus.UNPROCESSABLE_ENTITY, user, id,
                pages.blankContactForms().withEngagement(command, errors));
    }

    /** Marks a follow-up done and goes back to the register's start page. */
    @Post("/engagements/{id}/followed-up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> followedUp(Authentication auth, @PathVariable long id) {
        engagements.followedUp(CurrentUser.of(auth), id);
        return HttpResponse.seeOther(URI.create("/stakeholders?done=followed-up"));
    }
}
