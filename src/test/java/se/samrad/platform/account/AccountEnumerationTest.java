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

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nobody learns from sign-in or invitation answers whether an address has an account. */
@MicronautTest(transactional = false)
class AccountEnumerationTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("value=\"(https?://[^\"]+/invite/([^\"]+))\"");

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("samrad.login.max-failures", "3", "samrad.login.lock-duration", "10m");
    }

    @Test
    void aLockedAccountAnswersAsAnUnknownAddressDoes() {
        Account account = fixtures.account(fixtures.organisation("enum"), Role.ANALYST);
        WebClient browser = new WebClient(server.getURI()).acceptLanguage("en");
        for (int i = 0; i < 3; i++) {
            browser.post("/login", "email", account.email(), "password", "guess number " + i);
        }
        String unknown = Fixtures.unique("nobody").toLowerCase() + "@test.example";
        WebClient.Response locked = browser.post("/login", "email", account.email(), "password", Fixtures.PASSWORD);
        WebClient.Response missing = browser.post("/login", "email", unknown, "password", Fixtures.PASSWORD);
        assertEquals(422, locked.status());
        assertEquals(missing.status(), locked.status());
        assertEquals(missing.body().replace(unknown, "EMAIL"), locked.body().replace(account.email(), "EMAIL"));
        assertTrue(locked.body().contains("The email address or password is incorrect"), locked.body());
    }

    @Test
    void aLockedAccountTakesAsLongAsAnUnknownAddress() {
        Account account = fixtures.account(fixtures.organisation("enum-time"), Role.ANALYST);
        WebClient browser = new WebClient(server.getURI());
        for (int i = 0; i < 3; i++) {
            browser.post("/login", "email", account.email(), "password", "guess number " + i);
        }
        long[] locked = new long[7];
        long[] unknown = new long[7];
        for (int i = 0; i < locked.length; i++) {
            locked[i] = timed(browser, account.email());
            unknown[i] = timed(browser, Fixtures.unique("nobody").toLowerCase() + "@test.example");
        }
        // Medians of seven, and a wide band for a busy machine: before the fix a locked account answered in about a
        // tenth of the time (no password hash), after it both take one Argon2 verification.
        double ratio = (double) median(locked) / median(unknown);
        assertTrue(ratio > 1 / 3.0 && ratio < 3, "locked " + Arrays.toString(locked) + " ms, unknown "
                + Arrays.toString(unknown) + " ms");
    }

    @Test
    void anotherOrganisationsAccountIsInvitedLikeAnyAddress() {
        Account elsewhere = fixtures.account(fixtures.organisation("enum-other"), Role.FACILITATOR);
        Organisation org = fixtures.organisation("enum-inviter");
        Account colleague = fixtures.account(org, Role.ANALYST);
        WebClient admin = new WebClient(server.getURI());
        admin.signIn(fixtures.account(org, Role.ORG_ADMIN).email(), Fixtures.PASSWORD);

        String fresh = Fixtures.unique("fresh").toLowerCase() + "@test.example";
        WebClient.Response forFresh = admin.post("/admin/staff/invite", "email", fresh, "roles", "ANALYST");
        WebClient.Response forTaken = admin.post("/admin/staff/invite", "email", elsewhere.email(), "roles", "ANALYST");
        assertEquals(200, forFresh.status());
        assertEquals(200, forTaken.status(), forTaken.body());
        assertFalse(forTaken.body().contains("Det finns redan ett konto"), forTaken.body());
        Matcher link = LINK.matcher(forTaken.body());
        assertTrue(link.find(), "a link as for any address");

        // Only the person who owns the address learns, on opening the link, that they have an account.
        WebClient invitee = new WebClient(server.getURI());
        WebClient.Response opened = invitee.get("/invite/" + link.group(2));
        assertEquals(400, opened.status());
        assertTrue(opened.body().contains("Det finns redan ett konto med din e-postadress"), opened.body());
        WebClient.Response accepted = invitee.post("/invite/" + link.group(2), "displayName", "Other",
                "password", "a quiet heron counts", "passwordConfirmation", "a quiet heron counts");
        assertEquals(400, accepted.status());

        // The admin's own staff they can see anyway: there the address is still said to be taken.
        WebClient.Response own = admin.post("/admin/staff/invite", "email", colleague.email(), "roles", "ANALYST");
        assertEquals(422, own.status());
        assertTrue(own.body().contains("Det finns redan ett konto eller en inbjudan med den e-postadressen"));
    }

    private static long timed(WebClient browser, String email) {
        long start = System.nanoTime();
        WebClient.Response response = browser.post("/login", "email", email, "password", "not the password");
        assertEquals(422, response.status());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] values) {
        List<Long> sorted = Arrays.stream(values).sorted().boxed().toList();
        return sorted.get(sorted.size() / 2);
    }
}
