package se.samrad.indicator;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.Views;

import java.net.URI;

/**
 * One click from an indicator (or from the deviations view) starts a workshop or a dialogue on its causes, with the
 * indicator's figures in its brief, and goes on to it; the indicator's page then lists what came in.
 */
@Controller("/indicators/{id}/start")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class IndicatorInputController {

    private final IndicatorInputs inputs;
    private final IndicatorPermissions permissions;

    IndicatorInputController(IndicatorInputs inputs, IndicatorPermissions permissions) {
        this.inputs = inputs;
        this.permissions = permissions;
    }

    /** Starts a {@code workshop} or a {@code dialogue}; the channel checks the user may start one (else 403). */
    @Post("/{kind}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                          @PathVariable String kind) {
        CurrentUser user = CurrentUser.of(auth);
        long organisationId = permissions.requireRead(user);
        return HttpResponse.seeOther(URI.create(inputs.start(request, user, organisationId, id, kind).href()));
    }
}
