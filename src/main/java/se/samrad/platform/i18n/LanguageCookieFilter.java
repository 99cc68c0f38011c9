package se.samrad.platform.i18n;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.time.Duration;

/** Remembers a language chosen with {@code ?lang=} in a cookie, so the choice follows the visitor. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class LanguageCookieFilter {

    private final LanguageResolver languages;

    public LanguageCookieFilter(LanguageResolver languages) {
        this.languages = languages;
    }

    @ResponseFilter
    public void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
        languages.fromParameter(request).ifPresent(language -> response.cookie(
                Cookie.of(LanguageResolver.COOKIE, language.code()).path("/").maxAge(Duration.ofDays(365))
                        .sameSite(SameSite.Lax).httpOnly(true)));
    }
}
