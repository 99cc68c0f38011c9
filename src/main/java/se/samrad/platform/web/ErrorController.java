package se.samrad.platform.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.rules.SecurityRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.security.CsrfException;
import se.samrad.platform.i18n.LanguageResolver;
import se.samrad.platform.security.TooManyRequestsException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Errors a person can cause, answered in their language: an HTML page for pages, a JSON body for the API
 * ({@code /api/...}). Nothing here reveals internals; unexpected failures are logged with a reference.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorController.class);
    private final Views views;
    private final se.samrad.platform.i18n.Messages messages;
    private final List<TooLargeBodies> tooLargeBodies;
    private final LanguageResolver languages;

    public ErrorController(Views views, se.samrad.platform.i18n.Messages messages, List<TooLargeBodies> tooLargeBodies,
                           LanguageResolver languages) {
        this.messages = messages;
        this.languages = languages;
        this.tooLargeBodies = tooLargeBodies;
        this.views = views;
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    public HttpResponse<?> unknownPath(HttpRequest<?> request) {
        return respond(request, HttpStatus.NOT_FOUND, "error.not-found");
    }

    @Error(global = true, status = HttpStatus.METHOD_NOT_ALLOWED)
    public HttpResponse<?> wrongMethod(HttpRequest<?> request) {
        return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "error.method");
    }

    @Error(global = true)
    public HttpResponse<?> notFound(HttpRequest<?> request, NotFoundException e) {
        return respond(request, HttpStatus.NOT_FOUND, e.messageKey());
    }

    @Error(global = true)
    public HttpResponse<?> csrf(HttpRequest<?> request, CsrfException e) {
        return respond(request, HttpStatus.FORBIDDEN, "error.csrf");
    }

    @Error(global = true)
    public HttpResponse<?> tooMany(HttpRequest<?> request, TooManyRequestsException e) {
        return respond(request, HttpStatus.TOO_MANY_REQUESTS, "error.rate-limit")
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
    }

    /** Too many documents being generated at once ({@link DocumentSlots}): try again shortly. */
    @Error(global = true)
    public HttpResponse<?> busy(HttpRequest<?> request, BusyException e) {
        return respond(request, HttpStatus.SERVICE_UNAVAILABLE, "error.busy")
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
    }

    /**
     * Security refused the request: a page visitor who is not signed in goes to the sign-in page and comes
     * back afterwards; a signed-in user without the role gets a 403 page; the API answers 401 or 403.
     */
    @Error(global = true)
    public HttpResponse<?> refused(HttpRequest<?> request, AuthorizationException e) {
        if (e.isForbidden()) {
            return respond(request, HttpStatus.FORBIDDEN, "error.forbidden");
        }
        if (isApi(request)) {
            return respond(request, HttpStatus.UNAUTHORIZED, "error.unauthorized");
        }
        String next = URLEncoder.encode(request.getUri().toString(), StandardCharsets.UTF_8);
        // The language asked for (?lang=ar on the protected page) is kept: the sign-in page is shown in it.
        String language = languages.fromParameter(request)
                .map(chosen -> "&" + LanguageResolver.PARAMETER + "=" + chosen.code()).orElse("");
        return HttpResponse.seeOther(URI.create("/login?next=" + next + language));
    }

    /**
     * A body over the server's limit ({@code micronaut.server.max-request-size}, or a multipart part over
     * {@code micronaut.server.multipart.max-file-size}): 413 with a message saying so, unless the page the form
     * came from answers it itself (an attachment form shows the error on the form).
     */
    @Error(global = true)
    public HttpResponse<?> tooLarge(HttpRequest<?> request, ContentLengthExceededException e) {
        for (TooLargeBodies bodies : tooLargeBodies) {
            var answer = bodies.answer(request);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        return respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "error.too-large");
    }

    @Error(global = true)
    public HttpResponse<?> invalid(HttpRequest<?> request, InvalidRequestException e) {
        return respond(request, HttpStatus.BAD_REQUEST, e.messageKey());
    }

    @Error(global = true)
    public HttpResponse<?> status(HttpRequest<?> request, HttpStatusException e) {
        HttpStatus status = e.getStatus();
        String key = switch (status) {
            case FORBIDDEN -> "error.forbidden";
            case NOT_FOUND -> "error.not-found";
            default -> status.getCode() < 500 ? "error.bad-request" : "error.server";
        };
        return respond(request, status, key);
    }

    @Error(global = true)
    public HttpResponse<?> unexpected(HttpRequest<?> request, Throwable e) {
        if (e instanceof io.micronaut.core.convert.exceptions.ConversionErrorException
                || e instanceof io.micronaut.web.router.exceptions.UnsatisfiedRouteException
                || e instanceof jakarta.validation.ConstraintViolationException) {
            return respond(request, HttpStatus.BAD_REQUEST, "error.bad-request");
        }
        String reference = Long.toString(System.nanoTime(), 36);
        LOG.error("Unexpected error {} on {} {}", reference, request.getMethod(), request.getPath(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.server");
    }

    /** An error answer in the form the caller reads: JSON for the API and JSON posts, a page otherwise. */
    public MutableHttpResponse<?> respond(HttpRequest<?> request, HttpStatus status, String key) {
        if (isApi(request) || sentJson(request)) {
            return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(Map.of("error", key, "message", views.message(request, key)));
        }
        return views.page(request, status, "platform/error", Map.of("messageKey", key, "titleKey", titleKey(key, status),
                "status", status.getCode()));
    }

    /** The page's heading: the message's own title where it has one, else the title of its kind of error. */
    private String titleKey(String key, HttpStatus status) {
        if (messages.has(key + ".title")) {
            return key + ".title";
        }
        return switch (status) {
            case NOT_FOUND -> "error.not-found.title";
            case FORBIDDEN -> "error.forbidden.title";
            case UNAUTHORIZED -> "error.unauthorized.title";
            case TOO_MANY_REQUESTS -> "error.rate-limit.title";
            case METHOD_NOT_ALLOWED -> "error.method.title";
            case REQUEST_ENTITY_TOO_LARGE -> "error.too-large.title";
            default -> status.getCode() < 500 ? "error.bad-request.title" : "error.server.title";
        };
    }

    public static boolean isApi(HttpRequest<?> request) {
        return request.getPath().startsWith("/api/");
    }

    /** A script's JSON post (the workshop's input fallback): it reads the error as JSON too. */
    private static boolean sentJson(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.matches(MediaType.APPLICATION_JSON_TYPE)).orElse(false);
    }
}
