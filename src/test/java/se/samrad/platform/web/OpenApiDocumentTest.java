package se.samrad.platform.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The served OpenAPI document parses and describes every JSON route the server has, and nothing more. */
@MicronautTest(transactional = false)
class OpenApiDocumentTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Router router;

    @Test
    void documentCoversEveryApiRoute() {
        WebClient.Response response = new WebClient(server.getURI()).get("/api/v1/openapi.yml");
        assertEquals(200, response.status());
        Map<String, Object> document = new Yaml().load(response.body());
        assertTrue(String.valueOf(document.get("openapi")).startsWith("3."));
        Set<String> documented = new TreeSet<>(((Map<String, Object>) document.get("paths")).keySet());

        Set<String> routes = new TreeSet<>();
        router.uriRoutes().filter(r -> r.getHttpMethod() != HttpMethod.HEAD && r.getHttpMethod() != HttpMethod.OPTIONS)
                .map(UriRouteInfo::getUriMatchTemplate).map(Object::toString)
                .filter(uri -> uri.startsWith("/api/v1"))
                .map(uri -> uri.replaceAll("\\{[?&][^}]*}", ""))
                .forEach(routes::add);
        assertEquals(routes, documented);
    }
}
