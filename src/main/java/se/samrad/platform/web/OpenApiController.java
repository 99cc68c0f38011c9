package se.samrad.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the OpenAPI 3 document of the JSON API ({@code openapi/samrad.yml}); {@code OpenApiDocumentTest}
 * fails when an {@code /api/v1} route is missing from it.
 */
@Controller("/api/v1/openapi.yml")
@Secured(SecurityRule.IS_ANONYMOUS)
public class OpenApiController {

    private static final MediaType YAML = MediaType.of("application/yaml;charset=utf-8");
    private final String document;

    public OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream("openapi/samrad.yml")) {
            if (in == null) {
                throw new IllegalStateException("openapi/samrad.yml is missing");
            }
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API description, for people and for client generators. */
    @Get
    public HttpResponse<String> document() {
        return HttpResponse.ok(document).contentType(YAML);
    }
}
