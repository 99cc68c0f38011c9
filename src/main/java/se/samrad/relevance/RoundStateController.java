package se.samrad.relevance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.PublicUrl;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Map;

/**
 * A round's state: admins and analysts close it and remind units that have not handed in; an admin reopens it.
 * Another organisation's round is not found (404) before any role is checked (403).
 */
@Controller("/relevance/rounds/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class RoundStateController {

    private final Rounds rounds;
    private final RoundClosing closing;
    private final Reminders reminders;
    private final RelevancePermissions permissions;
    private final PublicUrl publicUrl;

    RoundStateController(Rounds rounds, RoundClosing closing, Reminders reminders, RelevancePermissions permissions,
                         PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.rounds = rounds;
        this.closing = closing;
        this.reminders = reminders;
        this.permissions = permissions;
    }

    @Post("/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        RoundRow round = rounds.get(user.requireOrganisation(), id);
        permissions.requireManage(user);
        closing.close(user, round);
        return done(id, "closed");
    }

    @Post("/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reopen(Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        RoundRow round = rounds.get(user.requireOrganisation(), id);
        permissions.requireReopen(user);
        closing.reopen(user, round);
        return done(id, "reopened");
    }

    /** Reminds one unit (field {@code unit}) or, without it, every unit that has not handed in; mails the contacts. */
    @Post("/remind")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remind(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        RoundRow round = rounds.get(user.requireOrganisation(), id);
        permissions.requireManage(user);
        reminders.remind(user, round, unit(Forms.value(body, "unit")), publicUrl.of(request, ""));
        return done(id, "reminded");
    }

    private static Long unit(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("error.bad-request");
        }
    }

    private static HttpResponse<?> done(long id, String what) {
        return HttpResponse.seeOther(URI.create("/relevance/rounds/" + id + "?done=" + what));
    }
}
