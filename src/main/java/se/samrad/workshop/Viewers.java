package se.samrad.workshop;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.Cookies;

import java.time.Duration;
import java.util.Optional;

/**
 * Who is looking at a workshop's live pages: a participant (by the token in their cookie, which is scoped to
 * the workshop's short URL) or one of its facilitators (by their staff session).
 */
@Singleton
public class Viewers {

    static final String COOKIE = "samrad_workshop";

    private final WorkshopPermissions permissions;
    private final ParticipantService participants;
    private final Cookies cookies;

    Viewers(WorkshopPermissions permissions, ParticipantService participants, Cookies cookies) {
        this.permissions = permissions;
        this.participants = participants;
        this.cookies = cookies;
    }

    /** A participant ({@code participant} set) or a facilitator ({@code user} set). */
    public record Viewer(Workshop workshop, Participant participant, CurrentUser user) {
        public String id() {
            return participant != null ? participant.author() : "a" + user.accountId();
        }

        public boolean isFacilitator() {
            return user != null;
        }
    }

    Optional<Viewer> of(HttpRequest<?> request, Workshop workshop) {
        Optional<Participant> participant = request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .flatMap(token -> participants.byToken(workshop, token));
        if (participant.isPresent()) {
            return Optional.of(new Viewer(workshop, participant.get(), null));
        }
        return request.getUserPrincipal(Authentication.class).map(CurrentUser::of)
                .filter(user -> permissions.canRun(user, workshop))
                .map(user -> new Viewer(workshop, null, user));
    }

    Cookie cookie(Workshop workshop, String token) {
        return cookies.of(COOKIE, token, "/w/" + workshop.code()).maxAge(Duration.ofDays(2));
    }
}
