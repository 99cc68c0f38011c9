package se.samrad.platform.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CsrfFilter;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.RateLimiter;
import se.samrad.platform.security.SessionService;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Staff sign-in and sign-out with e-mail and password. */
@Controller
@Produces(Views.HTML_VALUE)
public class SignInController {

    private static final String FAILURES = "sign-in-failures";

    private final AccountService accounts;
    private final SessionService sessions;
    private final CsrfFilter csrf;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final Views views;
    private final int perMinute;
    private final int failuresPerHour;

    public SignInController(AccountService accounts, SessionService sessions, CsrfFilter csrf, RateLimiter limiter,
                            AuditLog audit, Views views,
                            @Value("${samrad.rate-limit.sign-in-per-minute:20}") int perMinute,
                            @Value("${samrad.rate-limit.sign-in-failures-per-hour:50}") int failuresPerHour) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.csrf = csrf;
        this.limiter = limiter;
        this.audit = audit;
        this.views = views;
        this.perMinute = perMinute;
        this.failuresPerHour = failuresPerHour;
    }

    /** The sign-in form; {@code next} is where to go afterwards (a path on this site only). */
    @Get("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<String> form(HttpRequest<?> request, @Nullable @QueryValue String next,
                                     @Nullable @QueryValue String changed) {
        return render(request, HttpStatus.OK, "", safeNext(next), new FormErrors(), null,
                changed != null ? "login.notice.password-changed" : "");
    }

    /**
     * Checks the credentials; on success starts a session and goes on to {@code next}. A wrong password, an
     * unknown address and a locked account get the same answer (no account enumeration). Failures are also
     * counted per client address whatever the account, so that trying one password on many accounts (spraying)
     * is slowed as trying many passwords on one.
     */
    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signIn(HttpRequest<?> request, @Nullable String email, @Nullable String password,
                                  @Nullable String next) {
        String target = safeNext(next);
        FormErrors errors = new FormErrors().require("email", email).require("password", password);
        if (!errors.isEmpty()) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, email, target, errors, null);
        }
        if (!limiter.tryAcquire("sign-in", request, perMinute)) {
            return render(request, HttpStatus.TOO_MANY_REQUESTS, email, target, errors, "error.rate-limit")
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(limiter.secondsUntilToken("sign-in", request,
                            perMinute, Duration.ofMinutes(1))));
        }
        if (!limiter.hasToken(FAILURES, request, failuresPerHour, Duration.ofHours(1))) {
            return render(request, HttpStatus.TOO_MANY_REQUESTS, email, target, errors, "login.error.too-many-failures")
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(limiter.secondsUntilToken(FAILURES, request,
                            failuresPerHour, Duration.ofHours(1))));
        }
        SignInResult result = accounts.signIn(email, password);
        if (result.outcome() != SignInResult.Outcome.SIGNED_IN) {
            limiter.consume(FAILURES, request, failuresPerHour, Duration.ofHours(1));
        }
        return switch (result.outcome()) {
            case SIGNED_IN -> {
                MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(target));
                Cookie session = sessions.start(result.account().id());
                response.cookie(session).cookie(csrf.freshCookie(session));
                yield response;
            }
            case LOCKED, INVALID -> render(request, HttpStatus.UNPROCESSABLE_ENTITY, email, target,
                    errors.add("email", "login.error.invalid"), null);
        };
    }

    /** Ends the session everywhere this browser is concerned and returns to the start page. */
    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        audit.record(user.organisationId(), user, AuditAction.SIGN_OUT, "", "");
        Cookie ended = sessions.end(request);
        return HttpResponse.seeOther(URI.create("/?signedOut=1")).cookie(ended).cookie(csrf.freshCookie(ended));
    }

    private MutableHttpResponse<String> render(HttpRequest<?> request, HttpStatus status, @Nullable String email,
                                        String next, FormErrors errors, @Nullable String notice) {
        return render(request, status, email, next, errors, notice, "");
    }

    private MutableHttpResponse<String> render(HttpRequest<?> request, HttpStatus status, @Nullable String email,
                                        String next, FormErrors errors, @Nullable String notice, String info) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", email == null ? "" : email);
        model.put("next", next);
        model.put("errors", errors);
        model.put("notice", notice == null ? "" : notice);
        model.put("info", info);
        return views.page(request, status, "platform/login", model);
    }

    /** Whether the redirect can carry it (a tab or an ideographic space, say, cannot stand in a URI). */
    private static boolean isUri(String next) {
        try {
            new java.net.URI(next);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Only a local path is accepted as a destination, never another site (no open redirect). */
    static String safeNext(@Nullable String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.contains("\r") || next.contains("\n") || next.startsWith("/login") || !isUri(next)) {
            return "/";
        }
        return next;
    }
}
