package se.samrad.platform.account;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Common, leaked and trivial passwords are refused wherever a password is chosen, with the rule on the form. */
@MicronautTest(transactional = false)
class WeakPasswordTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("value=\"(https?://[^\"]+/invite/([^\"]+))\"");

    private static final String WEAK_ADMIN = "weak-platform-admin@test.example";

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject AccountRepository accounts;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("samrad.admin.email", WEAK_ADMIN, "samrad.admin.password", "qwertyuiop");
    }

    @Test
    void theFirstPlatformAdminIsNotCreatedWithACommonPassword() {
        assertTrue(accounts.findByEmail(WEAK_ADMIN).isEmpty());
        assertEquals(422, new WebClient(server.getURI()).post("/login", "email", WEAK_ADMIN,
                "password", "qwertyuiop").status());
    }

    @Test
    void invitationAcceptanceRefusesWeakPasswordsAndKeepsTheName() {
        Organisation org = fixtures.organisation("weak");
        WebClient admin = new WebClient(server.getURI());
        admin.signIn(fixtures.account(org, Role.ORG_ADMIN).email(), Fixtures.PASSWORD);
        String email = Fixtures.unique("weak").toLowerCase() + "@test.example";
        Matcher link = LINK.matcher(admin.post("/admin/staff/invite", "email", email, "roles", "ANALYST").body());
        assertTrue(link.find());
        String path = "/invite/" + link.group(2);

        WebClient newcomer = new WebClient(server.getURI()).acceptLanguage("en");
        assertTrue(newcomer.get(path).body().contains("Not a common or leaked password"), "the rule is on the form");
        WebClient.Response repeated = accept(newcomer, path, "aaaaaaaaaa");
        assertEquals(422, repeated.status());
        assertTrue(repeated.body().contains("must not be the same character"), repeated.body());
        assertTrue(repeated.body().contains("value=\"Nina Ny\""), "the name is kept");
        assertFalse(repeated.body().contains("aaaaaaaaaa"), "the password is not sent back");

        WebClient.Response common = accept(newcomer, path, "qwertyuiop123");
        assertEquals(422, common.status());
        assertTrue(common.body().contains("among the most common and most often leaked passwords"), common.body());

        WebClient.Response name = accept(newcomer, path, "NinaNy2026");
        assertEquals(422, name.status());
        assertTrue(name.body().contains("The password must not be your name."), name.body());

        assertEquals(303, accept(newcomer, path, "a quiet heron counts the reeds").status());
    }

    @Test
    void passwordChangeRefusesCommonPasswords() {
        Account account = fixtures.account(fixtures.organisation("weak-change"), Role.ANALYST);
        WebClient browser = new WebClient(server.getURI());
        browser.signIn(account.email(), Fixtures.PASSWORD);
        assertTrue(browser.get("/account").body().contains("Inte ett vanligt eller läckt lösenord"));
        WebClient.Response refused = browser.post("/account/password", "currentPassword", Fixtures.PASSWORD,
                "newPassword", "iloveyou123", "newPasswordConfirmation", "iloveyou123");
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("Lösenordet finns bland de vanligaste och oftast läckta lösenorden"),
                refused.body());
        assertEquals(200, browser.get("/account").status(), "still signed in with the old password");
    }

    private static WebClient.Response accept(WebClient browser, String path, String password) {
        return browser.post(path, "displayName", "Nina Ny", "password", password, "passwordConfirmation", password);
    }
}
