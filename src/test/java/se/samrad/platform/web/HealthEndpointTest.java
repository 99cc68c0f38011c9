package se.samrad.platform.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anyone may ask whether the server is up; only platform admins learn which database it runs. */
@MicronautTest(transactional = false)
class HealthEndpointTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;

    @Test
    void anonymousCallersGetTheStatusOnly() {
        WebClient.Response health = new WebClient(server.getURI()).getJson("/health");
        assertEquals(200, health.status());
        assertEquals("{\"status\":\"UP\"}", health.body());
    }

    @Test
    void staffWithoutThePlatformRoleGetTheStatusOnly() {
        WebClient admin = new WebClient(server.getURI());
        admin.signIn(fixtures.account(fixtures.organisation("health"), Role.ORG_ADMIN).email(), Fixtures.PASSWORD);
        WebClient.Response health = admin.getJson("/health");
        assertEquals(200, health.status());
        assertEquals("{\"status\":\"UP\"}", health.body());
    }

    @Test
    void platformAdminsGetTheDatabaseDetails() {
        WebClient admin = new WebClient(server.getURI());
        admin.signIn(fixtures.account((Long) null, Role.PLATFORM_ADMIN).email(), Fixtures.PASSWORD);
        WebClient.Response health = admin.getJson("/health");
        assertEquals(200, health.status());
        assertTrue(health.body().contains("\"product\":\"MariaDB\""), health.body());
        assertTrue(health.body().contains("\"version\":\""), health.body());
    }
}
