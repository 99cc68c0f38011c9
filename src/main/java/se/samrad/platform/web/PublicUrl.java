package se.samrad.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Absolute links for people to copy (invitations, later dialogue links and QR codes): from
 * {@code samrad.public-url} when set, otherwise from the request's Host header.
 */
@Singleton
public class PublicUrl {

    private final String configured;

    public PublicUrl(@Value("${samrad.public-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    public String of(HttpRequest<?> request, String path) {
        if (!configured.isBlank()) {
            return configured + path;
        }
        String host = request.getHeaders().get("Host");
        return host == null ? path : (request.isSecure() ? "https://" : "http://") + host + path;
    }
}
