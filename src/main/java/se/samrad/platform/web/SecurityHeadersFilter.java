package se.samrad.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.time.Duration;

/**
 * Browser hardening on every response: a strict content security policy (no inline script or style, no
 * framing), no MIME sniffing, no referrer to other sites, and, when the site is served over HTTPS
 * ({@code samrad.security.hsts}), Strict-Transport-Security. It runs first of all filters, so its response
 * side runs last: the answers of filters that refuse a request (sign-in redirects, 401, 403, CSRF 403, 429) get
 * the headers too, not only what controllers answer.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {

    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private final String hsts;

    public SecurityHeadersFilter(@Value("${samrad.security.hsts:false}") boolean hsts,
                                 @Value("${samrad.security.hsts-max-age:365d}") Duration maxAge) {
        this.hsts = hsts ? "max-age=" + maxAge.toSeconds() + "; includeSubDomains" : null;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @ResponseFilter
    public void harden(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("Content-Security-Policy", POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (hsts != null) {
            headers.set("Strict-Transport-Security", hsts);
        }
    }
}
