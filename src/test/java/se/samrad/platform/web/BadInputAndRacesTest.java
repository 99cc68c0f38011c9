package se.samrad.platform.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.AccountRepository;
import se.samrad.platform.account.InvitationService;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input and timing a person (or a script) can cause that once answered 500: a sign-in destination that cannot be
 * a URI, one invitation link used six times at once, and bodies over the server's limit.
 */
@MicronautTest(transactional = false)
class BadInputAndRacesTest extends IntegrationTest {

    static final String NEW_PASSWORD = "Granit-ljung-7-fjällräv";

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject InvitationService invitations;
    @Inject AccountRepository accounts;

    @Test
    void aDestinationThatCannotBeAUriSendsTheSignedInUserHome() {
        Account staff = fixtures.account(fixtures.organisation("Tabby"), Role.ANALYST);
        for (String next : new String[]{"/account\tx", "/account\u3000x", "/a b", "/%zz"}) {
            WebClient browser = new WebClient(server.getURI());
            WebClient.Response signedIn = browser.post("/login", "email", staff.email(), "password", Fixtures.PASSWORD,
                    "next", next);
            assertEquals(303, signedIn.status(), next + ": " + signedIn.body());
            assertEquals("/", signedIn.location(), next);
        }
    }

    @Test
    void sixConcurrentAcceptancesOfOneInvitationMakeOneAccountAndTellTheOthersTheLinkIsUsed() throws Exception {
        Organisation org = fixtures.organisation("Kapplöpning");
        Account admin = fixtures.account(org, Role.ORG_ADMIN);
        String email = Fixtures.unique("samtidig").toLowerCase() + "@test.example";
        String token = invitations.invite(directory.toUser(admin), email, Set.of(Role.ANALYST)).token();
        int attempts = 6;
        List<WebClient> browsers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            WebClient browser = new WebClient(server.getURI());
            browser.csrfToken();
            browsers.add(browser);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<WebClient.Response> answers = new ArrayList<>();
        try {
            List<Future<WebClient.Response>> futures = new ArrayList<>();
            for (WebClient browser : browsers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return browser.post("/invite/" + token, "displayName", "Samtidig Sara", "password", NEW_PASSWORD,
                            "passwordConfirmation", NEW_PASSWORD);
                }));
            }
            start.countDown();
            for (Future<WebClient.Response> future : futures) {
                answers.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> statuses = answers.stream().map(WebClient.Response::status).sorted().toList();
        assertEquals(List.of(303, 404, 404, 404, 404, 404), statuses);
        answers.stream().filter(a -> a.status() == 404).forEach(a ->
                assertTrue(Jsoup.parse(a.body()).text().contains("Inbjudan"), a.body()));
        assertTrue(accounts.findByEmail(email).isPresent());
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyOverTheLimitGets413WithATranslatedMessageInJsonForTheApiAndAPageForPages() throws Exception {
        String huge = "{\"clientId\":\"x\",\"answers\":{\"q\":[\"" + "a".repeat(11 * 1024 * 1024) + "\"]}}";
        HttpResponse<String> api = postJson("/api/v1/d/nosuchkey0/responses", huge);
        assertEquals(413, api.statusCode(), api.body());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(api.body().contains("\"error\":\"error.too-large\""), api.body());
        assertTrue(api.body().contains("too large"), "the message in the caller's language: " + api.body());

        String token = new WebClient(server.getURI()).csrfToken();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI()
                        + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "sv").header("Cookie", "samrad_csrf=" + token).header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString("email=" + "a".repeat(11 * 1024 * 1024))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(Jsoup.parse(page.body()).selectFirst("h1").text().contains("För mycket på en gång"), page.body());
    }
}
