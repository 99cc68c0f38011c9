package se.samrad.platform.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import se.samrad.platform.web.Cookies;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Cross-site request forgery protection for every state-changing request (signed double-submit cookie). Each
 * browser gets a token in an HttpOnly cookie, bound to its sign-in session by {@link CsrfTokens}; pages put the
 * same token in a hidden {@code _csrf} field (or an {@code X-CSRF-Token} header, or {@code ?_csrf=} for file
 * uploads) and the two must match. A cookie not bound to the request's session (planted, or left from before a
 * sign-in) counts as none: pages get a fresh one, forms are refused. JSON requests need no token: a browser cannot
 * send them cross-site without a CORS preflight, which this server never grants. Requests a browser marks as
 * cross-site are refused outright.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CsrfFilter implements Ordered {

    public static final String ATTRIBUTE = "samrad.csrf";
    public static final String COOKIE = "samrad_csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final String NEW_TOKEN = "samrad.csrf.new";
    private static final int BODY_TIMEOUT_SECONDS = 30;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final Cookies cookies;
    private final FilterBodyParser bodyParser;
    private final CsrfTokens tokens;

    public CsrfFilter(Cookies cookies, FilterBodyParser bodyParser,
                      CsrfTokens tokens) {
        this.cookies = cookies;
        this.bodyParser = bodyParser;
        this.tokens = tokens;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 100;
    }

    /**
     * Runs on a worker thread and waits there for a form body: a filter that completes asynchronously while the
     * body is still arriving trips over Micronaut 4.10's legacy filter chain (the security filter).
     */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void check(HttpRequest<?> request) {
        String session = request.getCookies().findCookie(SessionService.COOKIE).map(Cookie::getValue).orElse(null);
        Optional<String> cookie = request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .filter(v -> tokens.isBoundTo(v, session));
        String token = cookie.orElseGet(() -> tokens.issue(session));
        request.setAttribute(ATTRIBUTE, token);
        if (cookie.isEmpty()) {
            request.setAttribute(NEW_TOKEN, Boolean.TRUE);
        }
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        if ("cross-site".equals(request.getHeaders().get("Sec-Fetch-Site"))) {
            throw new CsrfException();
        }
        String header = request.getHeaders().get(HEADER);
        if (header != null) {
            verify(cookie, header);
            return;
        }
        MediaType type = request.getContentType().orElse(null);
        if (type != null && type.matches(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        if (type != null && type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            verify(cookie, formField(request));
            return;
        }
        verify(cookie, request.getParameters().get(FIELD));
    }

    @ResponseFilter
    public void issueCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(NEW_TOKEN).isPresent() && response.getCookie(COOKIE).isEmpty()) {
            response.cookie(cookie(request.getAttribute(ATTRIBUTE, String.class).orElseThrow()));
        }
    }

    /**
     * A fresh token for a response that changes who is signed in (against session fixation), bound to the
     * session cookie the same response sets (one with an empty value: signed out).
     */
    public Cookie freshCookie(Cookie session) {
        return cookie(tokens.issue(session.getValue()));
    }

    private Cookie cookie(String token) {
        return cookies.of(COOKIE, token, "/");
    }

    private static void verify(Optional<String> cookie, String sent) {
        if (cookie.isEmpty() || !SecureTokens.constantTimeEquals(cookie.get(), sent)) {
            throw new CsrfException();
        }
    }

    private String formField(HttpRequest<?> request) {
        try {
            return formField(bodyParser.parseBody(request).get(BODY_TIMEOUT_SECONDS, TimeUnit.SECONDS).get(FIELD));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CsrfException();
        } catch (ExecutionException | TimeoutException e) {
            throw new CsrfException();
        }
    }

    private static String formField(Object value) {
        if (value instanceof Iterable<?> values) {
            var it = values.iterator();
            return it.hasNext() ? String.valueOf(it.next()) : null;
        }
        return value == null ? null : String.valueOf(value);
    }
}
