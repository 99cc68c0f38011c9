package se.samrad.relevance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.web.ErrorController;

/** Answers a change the round's state refuses with 409 and the translated reason, as a page or as JSON. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class RoundStateErrors {

    private final ErrorController errors;

    RoundStateErrors(ErrorController errors) {
        this.errors = errors;
    }

    @Error(global = true)
    HttpResponse<?> refused(HttpRequest<?> request, RoundStateException e) {
        return errors.respond(request, HttpStatus.CONFLICT, e.messageKey());
    }
}
