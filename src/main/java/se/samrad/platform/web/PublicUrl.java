package se.samrad.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Absolute links for people to copy (invitations, later dialogue links and QR codes): from
 * {@code samrad.public-url} when set, otherwise from the request's Host header (a job outside any request can link
 * only when it is set).
 */
@Singleton
public class PublicUrl {

    private final String configured;

    public PublicUrl(@Value("${samrad.public-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** The configured address (no trailing slash), empty when links are made from each request's Host. */
    public java.util.Optional<String> configured() {
        return configured.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(configured);
    }

    public String of(HttpRequest<?> request, String path) {
        if (!configured.isBlank()) {
            return configured + path;
        }
        String host = request.getHeaders().get("Host");
        return host == null ? path : (request.isSecure() ? "https://" : "http://") + host + path;
    }
}
