package se.samrad.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;

import java.util.Optional;

/**
 * A capability's own answer to a request whose body was refused as too large before its controller ran (e.g. a
 * file over the limit): the form it came from, with the error on it, rather than the general error page.
 */
public interface TooLargeBodies {

    /** The answer for this request, or empty when the request is not one of this capability's forms. */
    Optional<HttpResponse<?>> answer(HttpRequest<?> request);
}
