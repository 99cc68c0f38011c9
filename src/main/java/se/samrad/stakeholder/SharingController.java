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
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static se.samrad.stakeholder.StakeholderController.model;

/** Sharing a stakeholder organisation in the organisation's networks, and what other members share (read-only). */
@Controller("/stakeholders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class SharingController {

    private final StakeholderSharing sharing;
    private final StakeholderPages pages;
    private final Views views;

    SharingController(StakeholderSharing sharing, StakeholderPages pages, Views views) {
        this.sharing = sharing;
        this.pages = pages;
        this.views = views;
    }

    /** Shares the organisation with the ticked networks and stops sharing it with the others. */
    @Post("/organisations/{id}/shares")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> share(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                          @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        List<String> chosen = Forms.values(body, "networks");
        try {
            if (!chosen.stream().allMatch(n -> n.matches("[0-9]{1,18}"))) {
                throw new InvalidRequestException("form.error.choose");
            }
            Set<Long> ids = chosen.stream().map(Long::valueOf).collect(Collectors.toSet());
            sharing.share(user, id, ids);
            return StakeholderController.done(id, ids.isEmpty() ? "unshared" : "shared");
        } catch (InvalidRequestException e) {
            return pages.organisation(request, HttpStatus.UNPROCESSABLE_ENTITY, user, id,
                    pages.blankForms().withErrors(new FormErrors().add("networks", e.messageKey())));
        }
    }

    /** Stakeholder organisations the other members of the user's networks share. */
    @Get("/shared")
    HttpResponse<String> shared(HttpRequest<?> request, Authentication auth) {
        return views.page(request, "stakeholder/shared", model("shared", sharing.sharedWith(CurrentUser.of(auth))));
    }

    /** One of them: its own fields, the organisation that shares it and the network; 404 for anyone else. */
    @Get("/shared/{id}")
    HttpResponse<String> sharedOne(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        return views.page(request, "stakeholder/shared-one", model("view", sharing.shared(CurrentUser.of(auth), id)));
    }
}
