package se.samrad.platform.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.security.CsrfFilter;
import se.samrad.platform.security.RateLimiter;
import se.samrad.platform.security.SessionService;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Where an invited staff member creates their account from a one-time link. */
@Controller("/invite")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(Views.HTML_VALUE)
public class InvitationController {

    static final String ACCOUNT_EXISTS = "invite.error.account-exists";

    private final InvitationService invitations;
    private final SessionService sessions;
    private final CsrfFilter csrf;
    private final RateLimiter limiter;
    private final Views views;
    private final int perMinute;

    public InvitationController(InvitationService invitations, SessionService sessions, CsrfFilter csrf,
                                RateLimiter limiter, Views views,
                                @Value("${samrad.rate-limit.sign-in-per-minute:20}") int perMinute) {
        this.invitations = invitations;
        this.sessions = sessions;
        this.csrf = csrf;
        this.limiter = limiter;
        this.views = views;
        this.perMinute = perMinute;
    }

    /** The form for choosing a name and password, or a clear page when the link is used up or expired. */
    @Get("/{token}")
    public HttpResponse<String> form(HttpRequest<?> request, @PathVariable String token) {
        limit(request);
        Invitation invitation = invitations.findPending(token).orElseThrow(InvitationController::invalidLink);
        requireNoAccount(invitation, token);
        return render(request, HttpStatus.OK, invitation, token, "", new FormErrors());
    }

    @Post("/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> accept(HttpRequest<?> request, @PathVariable String token, @Nullable String displayName,
                                  @Nullable String password, @Nullable String passwordConfirmation) {
        limit(request);
        Optional<Invitation> found = invitations.findPending(token);
        if (found.isEmpty()) {
            throw invalidLink();
        }
        Invitation invitation = found.get();
        requireNoAccount(invitation, token);
        FormErrors errors = new FormErrors().require("displayName", displayName).maxLength("displayName", displayName, 120);
        Passwords.checkNewPassword(errors, "password", password, "passwordConfirmation", passwordConfirmation,
                invitation.email(), displayName);
        if (!errors.isEmpty()) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, invitation, token, displayName, errors);
        }
        Account account = invitations.accept(token, displayName, password);
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create("/?welcome=1"));
        Cookie session = sessions.start(account.id());
        return response.cookie(session).cookie(csrf.freshCookie(session));
    }

    /**
     * The invited address has an account already (made since, or in another organisation): say so, with 400. But
     * when the link is no longer pending, the account was made through this very link at the same moment (the
     * account and the acceptance commit together): the link is used, 404, as the service would say under its
     * lock. Both are read after the account is seen, so an acceptance committing between two checks cannot turn
     * "used" into "exists".
     */
    private void requireNoAccount(Invitation invitation, String token) {
        if (invitations.accountExists(invitation)) {
            if (invitations.findPending(token).isEmpty()) {
                throw invalidLink();
            }
            throw new InvalidRequestException(ACCOUNT_EXISTS);
        }
    }

    private void limit(HttpRequest<?> request) {
        limiter.require("invite", request, perMinute);
    }

    /** A 404 with the invitation's own message (ask for a new one), on the error page as every 404 is. */
    private static NotFoundException invalidLink() {
        return new NotFoundException("invitation", "invite.error.invalid");
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, Invitation invitation, String token,
                                        @Nullable String displayName, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("invitation", invitation);
        model.put("token", token);
        model.put("displayName", displayName == null ? "" : displayName);
        model.put("errors", errors);
        model.put("minLength", Passwords.MIN_LENGTH);
        return views.page(request, status, "platform/invite", model);
    }
}
