package se.samrad.platform.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/** Tells Micronaut Security who is signed in, from the database-backed session cookie. */
@Singleton
public class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final SessionService sessions;
    private final ExecutorService blocking;

    public SessionAuthenticationFetcher(SessionService sessions,
                                        @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (request.getCookies().findCookie(SessionService.COOKIE).isEmpty()) {
            return Mono.empty();
        }
        Optional<CurrentUser> remembered = sessions.remembered(request);
        if (remembered.isPresent()) {
            return Mono.just(toAuthentication(remembered.get()));
        }
        // The lookup is a database call: keep it off the event loop.
        return Mono.fromCallable(() -> sessions.resolve(request).map(SessionAuthenticationFetcher::toAuthentication)
                        .orElse(null))
                .subscribeOn(Schedulers.fromExecutorService(blocking));
    }

    static Authentication toAuthentication(CurrentUser user) {
        Map<String, Object> attributes = new HashMap<>();
        if (user.organisationId() != null) {
            attributes.put(CurrentUser.ORGANISATION, user.organisationId());
        }
        attributes.put(CurrentUser.EMAIL, user.email());
        attributes.put(CurrentUser.DISPLAY_NAME, user.displayName());
        return Authentication.build(Long.toString(user.accountId()),
                user.roles().stream().map(Enum::name).toList(), attributes);
    }
}
