package se.samrad.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

/**
 * The one place that decides how Samråd's cookies are sent: never readable by scripts, same-site Lax (a link from
 * another site still signs in; a form posted from one does not carry them), and {@code Secure} behind HTTPS
 * ({@code SAMRAD_SECURE_COOKIES}).
 */
@Singleton
public class Cookies {

    private final boolean secure;

    public Cookies(@Value("${samrad.secure-cookies:false}") boolean secure) {
        this.secure = secure;
    }

    /** A cookie for the server alone, sent for every address under {@code path}. */
    public Cookie of(String name, String value, String path) {
        return Cookie.of(name, value).path(path).httpOnly(true).sameSite(SameSite.Lax).secure(secure);
    }

    /** Whether cookies carry {@code Secure}. */
    public boolean secure() {
        return secure;
    }
}
