package se.samrad.platform.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Database-backed sign-in sessions. The cookie holds a random token; the table holds only its hash, the
 * account and the expiry (idle timeout, renewed at most once a minute, and an absolute limit).
 */
@Singleton
public class SessionService {

    public static final String COOKIE = "samrad_session";

    private final WebSessionRepository sessions;
    private final AccountDirectory accounts;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final boolean secureCookies;

    public SessionService(WebSessionRepository sessions, AccountDirectory accounts, Clock clock,
                          @Value("${samrad.session.idle-timeout:8h}") Duration idleTimeout,
                          @Value("${samrad.session.absolute-timeout:7d}") Duration absoluteTimeout,
                          @Value("${samrad.secure-cookies:false}") boolean secureCookies) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
        this.secureCookies = secureCookies;
    }

    /** Starts a session and returns the cookie that carries it. */
    public Cookie start(long accountId) {
        String token = SecureTokens.newToken();
        Instant now = clock.instant();
        sessions.save(new WebSession(SecureTokens.sha256Hex(token), accountId, now, now, now.plus(idleTimeout)));
        return cookie(token).maxAge(absoluteTimeout);
    }

    /** The user behind the request's session cookie, if the session is valid and the account active. */
    public Optional<CurrentUser> resolve(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(this::resolve);
    }

    Optional<CurrentUser> resolve(String token) {
        String hash = SecureTokens.sha256Hex(token);
        Optional<WebSession> found = sessions.findById(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WebSession session = found.get();
        Instant now = clock.instant();
        if (now.isAfter(session.expiresAt()) || now.isAfter(session.createdAt().plus(absoluteTimeout))) {
            sessions.deleteById(hash);
            return Optional.empty();
        }
        if (Duration.between(session.lastSeenAt(), now).compareTo(Duration.ofMinutes(1)) > 0) {
            sessions.touch(hash, now, now.plus(idleTimeout));
        }
        return accounts.findActive(session.accountId());
    }

    /** Ends the request's session and returns a cookie that clears it in the browser. */
    public Cookie end(HttpRequest<?> request) {
        request.getCookies().findCookie(COOKIE)
                .ifPresent(cookie -> sessions.deleteById(SecureTokens.sha256Hex(cookie.getValue())));
        return cookie("").maxAge(0);
    }

    /** Signs an account out everywhere, e.g. when it is deactivated or its password changes. */
    public void endAll(long accountId) {
        sessions.deleteByAccountId(accountId);
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void purgeExpired() {
        sessions.deleteExpired(clock.instant());
    }

    private Cookie cookie(String value) {
        return Cookie.of(COOKIE, value).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secureCookies);
    }
}
