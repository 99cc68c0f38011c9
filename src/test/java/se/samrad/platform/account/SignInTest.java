package se.samrad.platform.account;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.platform.audit.AuditRepository;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class SignInTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject AuditRepository audit;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("samrad.login.max-failures", "3", "samrad.login.lock-duration", "10m");
    }

    private WebClient client() {
        return new WebClient(server.getURI());
    }

    @Test
    void theLanguageAskedForOnAProtectedPageIsKeptOnTheSignInPage() {
        WebClient browser = client();
        WebClient.Response refused = browser.get("/admin/staff?lang=ar");
        assertEquals(303, refused.status());
        assertEquals("/login?next=%2Fadmin%2Fstaff%3Flang%3Dar&lang=ar", refused.location());
        var signIn = browser.ok(refused.location()).document();
        assertEquals("ar", signIn.selectFirst("html").attr("lang"));
        assertEquals("rtl", signIn.selectFirst("html").attr("dir"));
        assertEquals("/admin/staff?lang=ar", signIn.selectFirst("input[name=next]").val());

        WebClient.Response unknown = client().get("/admin/staff?lang=xx");
        assertEquals(303, unknown.status());
        assertEquals("/login?next=%2Fadmin%2Fstaff%3Flang%3Dxx", unknown.location(), "only an offered language is passed on");
    }

    @Test
    void signsInWithSessionCookieAndReturnsToTheRequestedPage() {
        Organisation org = fixtures.organisation("signin");
        Account admin = fixtures.account(org, Role.ORG_ADMIN);
        WebClient browser = client();

        WebClient.Response refused = browser.get("/admin/staff");
        assertEquals(303, refused.status());
        assertEquals("/login?next=%2Fadmin%2Fstaff", refused.location());

        WebClient.Response signedIn = browser.post("/login", "email", admin.email().toUpperCase(),
                "password", Fixtures.PASSWORD, "next", "/admin/staff");
        assertEquals(303, signedIn.status(), signedIn.body());
        assertEquals("/admin/staff", signedIn.location());
        String cookie = signedIn.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("samrad_session=")).findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);

        WebClient.Response staff = browser.get("/admin/staff");
        assertEquals(200, staff.status());
        assertTrue(staff.body().contains(admin.email()));
        assertTrue(audit.findByActorAccountIdOrderByIdDesc(admin.id()).stream()
                .anyMatch(e -> e.action().equals("SIGN_IN")));
    }

    @Test
    void wrongPasswordShowsTranslatedErrorAndKeepsTheEmail() {
        Account account = fixtures.account(fixtures.organisation("wrong"), Role.FACILITATOR);
        WebClient browser = client().acceptLanguage("en");
        WebClient.Response response = browser.post("/login", "email", account.email(), "password", "not it at all");
        assertEquals(422, response.status());
        assertTrue(response.body().contains("value=\"" + account.email() + "\""), "email kept");
        assertTrue(response.body().contains("The email address or password is incorrect"), response.body());
        assertTrue(response.body().contains("aria-invalid=\"true\""));
        assertNull(browser.cookie("samrad_session"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        Account account = fixtures.account(fixtures.organisation("lock"), Role.ANALYST);
        WebClient browser = client().acceptLanguage("en");
        for (int i = 0; i < 3; i++) {
            browser.post("/login", "email", account.email(), "password", "guess number " + i);
        }
        WebClient.Response locked = browser.post("/login", "email", account.email(), "password", Fixtures.PASSWORD);
        assertEquals(422, locked.status());
        // Said as for a wrong password (AccountEnumerationTest): the lock is not confirmed to a guesser.
        assertTrue(locked.body().contains("The email address or password is incorrect"), locked.body());
        assertNull(browser.cookie("samrad_session"));
        assertTrue(audit.findByActorAccountIdOrderByIdDesc(account.id()).stream()
                .anyMatch(e -> e.action().equals("ACCOUNT_LOCKED")));
    }

    @Test
    void formWithoutCsrfTokenIsRefused() {
        Account account = fixtures.account(fixtures.organisation("csrf"), Role.ANALYST);
        WebClient browser = client();
        browser.get("/login");
        WebClient.Response response = browser.postRaw("/login",
                Map.of("email", account.email(), "password", Fixtures.PASSWORD, "_csrf", "forged-token-forged-token-forged"));
        assertEquals(403, response.status());
        assertTrue(response.body().contains("<h1>Formuläret har gått ut</h1>"), response.body());
        WebClient.Response missing = browser.postRaw("/login", Map.of("email", account.email(),
                "password", Fixtures.PASSWORD));
        assertEquals(403, missing.status());
    }

    @Test
    void signOutEndsTheSessionOnTheServer() {
        Account account = fixtures.account(fixtures.organisation("out"), Role.ANALYST);
        WebClient browser = client();
        browser.signIn(account.email(), Fixtures.PASSWORD);
        String session = browser.cookie("samrad_session");
        assertNotNull(session);
        assertEquals(200, browser.get("/account").status());
        WebClient.Response out = browser.post("/logout");
        assertEquals(303, out.status());
        assertEquals(303, browser.get("/account").status(), "signed out");

        // The old cookie is worthless now, even if someone kept a copy.
        WebClient thief = client();
        thief.get("/login");
        java.net.HttpCookie stolen = new java.net.HttpCookie("samrad_session", session);
        stolen.setPath("/");
        stolen.setVersion(0);
        assertFalse(thief.getJsonWithCookie("/api/v1/me", stolen).status() == 200);
    }

    @Test
    void onlyLocalDestinationsAreFollowedAfterSignIn() {
        assertEquals("/", SignInController.safeNext("https://evil.example/"));
        assertEquals("/", SignInController.safeNext("//evil.example/"));
        assertEquals("/", SignInController.safeNext("/\\evil.example"));
        assertEquals("/account", SignInController.safeNext("/account"));
        assertEquals("/", SignInController.safeNext(null));
    }
}
