package se.samrad.platform.cluster;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.platform.security.SessionService;
import se.samrad.support.Fixtures;
import se.samrad.support.NodeCluster;
import se.samrad.support.WebClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes on one database and a NATS server of the test's own (issue 21): a sign-out or a role change made on
 * node A holds on node B within a second, although B has the session in its 10-second cache.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvalidationsAcrossNodesTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private NodeCluster cluster;
    private EmbeddedServer a;
    private EmbeddedServer b;

    @BeforeAll
    void startNodes() throws IOException {
        cluster = NodeCluster.start();
        a = cluster.node(Map.of("samrad.session.cache-time", "10s"));
        b = cluster.node(Map.of("samrad.session.cache-time", "10s"));
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (cluster != null) {
            cluster.close();
        }
    }

    private int statusOnB(String path, String session) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(b.getURI().resolve(path))
                .header("Cookie", SessionService.COOKIE + "=" + session).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Polls node B until the page no longer answers 200; returns how long that took. */
    private Duration refusedOnB(String path, String session) throws Exception {
        long start = System.nanoTime();
        while (statusOnB(path, session) == 200) {
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (waited.compareTo(Duration.ofSeconds(5)) > 0) {
                break;
            }
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void aSignOutOnOneNodeHoldsOnTheOtherWithinASecond() throws Exception {
        Fixtures fixtures = a.getApplicationContext().getBean(Fixtures.class);
        Account admin = fixtures.account(fixtures.organisation("Utloggby"), Role.ORG_ADMIN);
        WebClient onA = WebClient.signedIn(a.getURI(), admin);
        String session = onA.cookie(SessionService.COOKIE);
        assertEquals(200, statusOnB("/admin/staff", session), "the session works on B and B caches it");

        onA.post("/logout").expect(303);

        Duration took = refusedOnB("/admin/staff", session);
        assertTrue(took.compareTo(WITHIN) < 0, "refused on B after " + took.toMillis() + " ms");
        int status = statusOnB("/admin/staff", session);
        assertTrue(status == 303 || status == 401, "a signed-out session is sent to sign in, got " + status);
    }

    @Test
    void aRoleTakenAwayOnOneNodeHoldsOnTheOtherWithinASecond() throws Exception {
        ApplicationContext ctx = a.getApplicationContext();
        Fixtures fixtures = ctx.getBean(Fixtures.class);
        Organisation organisation = fixtures.organisation("Rollby");
        Account first = fixtures.account(organisation, Role.ORG_ADMIN);
        Account second = fixtures.account(organisation, Role.ORG_ADMIN);
        String session = WebClient.signedIn(a.getURI(), second).cookie(SessionService.COOKIE);
        assertEquals(200, statusOnB("/admin/staff", session));

        CurrentUser admin = ctx.getBean(StaffDirectory.class).toUser(first);
        ctx.getBean(AccountService.class).setRoles(admin, second.id(), EnumSet.of(Role.FACILITATOR));

        Duration took = refusedOnB("/admin/staff", session);
        assertTrue(took.compareTo(WITHIN) < 0, "refused on B after " + took.toMillis() + " ms");
        assertEquals(403, statusOnB("/admin/staff", session), "still signed in, no longer an admin");
    }
}
