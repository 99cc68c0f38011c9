package se.samrad.relevance;

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
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Map;

/** The analysis group adds and removes SWOT points of a round; the result page shows them. */
@Controller("/relevance/rounds/{id}/swot")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class SwotController {

    private final Rounds rounds;
    private final Swot swot;
    private final ResultPage page;
    private final RelevancePermissions permissions;
    private final FormBinder binder;

    SwotController(Rounds rounds, Swot swot, ResultPage page, RelevancePermissions permissions, FormBinder binder) {
        this.rounds = rounds;
        this.swot = swot;
        this.page = page;
        this.permissions = permissions;
        this.binder = binder;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                        @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        RoundRow round = rounds.get(user.requireOrganisation(), id);
        permissions.requireManage(user);
        FormBinder.Bound<SwotCommand> bound = binder.bind(body, SwotCommand.class);
        FormErrors errors = bound.errors();
        if (bound.valid()) {
            try {
                swot.add(round, bound.command());
                return HttpResponse.seeOther(URI.create("/relevance/rounds/" + id + "/result?done=swot-added#swot"));
            } catch (InvalidRequestException e) {
                errors.add("targets", e.messageKey());
            }
        }
        return page.render(request, HttpStatus.UNPROCESSABLE_ENTITY, user, round, bound.command(), errors);
    }

    @Post("/{pointId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(Authentication auth, @PathVariable long id, @PathVariable long pointId) {
        CurrentUser user = CurrentUser.of(auth);
        RoundRow round = rounds.get(user.requireOrganisation(), id);
        permissions.requireManage(user);
        swot.remove(round, pointId);
        return HttpResponse.seeOther(URI.create("/relevance/rounds/" + id + "/result?done=swot-removed#swot"));
    }
}
