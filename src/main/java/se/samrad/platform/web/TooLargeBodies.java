package se.samrad.platform.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.security.authentication.Authentication;
import se.samrad.platform.security.CurrentUser;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A capability's own answer to a request whose body was refused as too large before its controller ran (e.g. a
 * file over the limit): the form it came from, with the error on it, rather than the general error page.
 */
public interface TooLargeBodies {

    /** The answer for this request, or empty when the request is not one of this capability's forms. */
    Optional<HttpResponse<?>> answer(HttpRequest<?> request);

    /** A form's upload refused as too large: who sent it and the id of the page the form is on. */
    record Upload(CurrentUser user, long id) {
    }

    /** The upload, when the request is a signed-in user's POST to a path of this pattern (group 1: the page's id). */
    static Optional<Upload> upload(HttpRequest<?> request, Pattern path) {
        Matcher matcher = path.matcher(request.getPath());
        CurrentUser user = request.getUserPrincipal(Authentication.class).map(CurrentUser::of).orElse(null);
        if (request.getMethod() != HttpMethod.POST || !matcher.matches() || user == null) {
            return Optional.empty();
        }
        return Optional.of(new Upload(user, Long.parseLong(matcher.group(1))));
    }
}
