package se.samrad.platform.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import se.samrad.platform.cluster.Invalidations;
import se.samrad.platform.db.AfterCommit;
import se.samrad.platform.db.ShortCache;
import se.samrad.platform.web.Cookies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Database-backed sign-in sessions. The cookie holds a random token; the table holds only its hash, the
 * account and the expiry (idle timeout, renewed at most once a minute, and an absolute limit). Who a session is
 * is remembered for a few seconds (never past its expiry), so that a signed-in user's requests do not each read
 * the session, the account and its roles; signing out, ending an account's sessions and any change of an
 * account's roles or state ({@link #accountChanged}) forget every remembered session at once.
 */
@Singleton
public class SessionService {

    public static final String COOKIE = "samrad_session";

    private final WebSessionRepository sessions;
    private final AccountDirectory accounts;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final Cookies cookies;
    private final AfterCommit afterCommit;
    private static final String CACHE = "sessions";
    /** Session token hash to its user. */
    private final ShortCache<String, CurrentUser> resolved;

    public SessionService(WebSessionRepository sessions, AccountDirectory accounts, Clock clock,
                          @Value("${samrad.session.idle-timeout:8h}") Duration idleTimeout,
                          @Value("${samrad.session.absolute-timeout:7d}") Duration absoluteTimeout,
                          Cookies cookies,
                          @Value("${samrad.session.cache-time:10s}") Duration cacheTime,
                          AfterCommit afterCommit, Invalidations invalidations) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
        this.cookies = cookies;
        this.afterCommit = afterCommit;
        this.resolved = new ShortCache<>(clock, cacheTime, 100_000);
        invalidations.register(CACHE, key -> resolved.invalidateAll());
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

    /** The user behind the request's session cookie if that is remembered: no database call, so any thread. */
    public Optional<CurrentUser> remembered(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .flatMap(token -> resolved.find(SecureTokens.sha256Hex(token)));
    }

    Optional<CurrentUser> resolve(String token) {
        String hash = SecureTokens.sha256Hex(token);
        Optional<CurrentUser> cached = resolved.find(hash);
        if (cached.isPresent()) {
            return cached;
        }
        long loadedIn = resolved.generation();
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
        Instant expires = session.expiresAt();
        if (Duration.between(session.lastSeenAt(), now).compareTo(Duration.ofMinutes(1)) > 0) {
            expires = now.plus(idleTimeout);
            sessions.touch(hash, now, expires);
        }
        Optional<CurrentUser> user = accounts.findActive(session.accountId());
        Instant absolute = session.createdAt().plus(absoluteTimeout);
        if (user.isPresent()) {
            resolved.put(hash, user.get(), loadedIn, expires.isBefore(absolute) ? expires : absolute);
        }
        return user;
    }

    /** Ends the request's session and returns a cookie that clears it in the browser. */
    public Cookie end(HttpRequest<?> request) {
        request.getCookies().findCookie(COOKIE).ifPresent(cookie -> {
            sessions.deleteById(SecureTokens.sha256Hex(cookie.getValue()));
            afterCommit.invalidateAll(CACHE);
        });
        return cookie("").maxAge(0);
    }

    /** Signs an account out everywhere, e.g. when it is deactivated or its password changes. */
    public void endAll(long accountId) {
        sessions.deleteByAccountId(accountId);
        afterCommit.invalidateAll(CACHE);
    }

    /** An account's roles, state or details changed: its sessions are read afresh from the database. */
    public void accountChanged(long accountId) {
        afterCommit.invalidateAll(CACHE);
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void purgeExpired() {
        sessions.deleteExpired(clock.instant());
    }

    private Cookie cookie(String value) {
        return cookies.of(COOKIE, value, "/");
    }
}
