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

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class StaffManagementTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("value=\"(https?://[^\"]+/invite/([^\"]+))\"");

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject AccountRepository accounts;
    @Inject StaffDirectory directory;
    @Inject AuditRepository audit;

    private WebClient signedInAdmin(Organisation org) {
        Account admin = fixtures.account(org, Role.ORG_ADMIN);
        WebClient browser = new WebClient(server.getURI());
        browser.signIn(admin.email(), Fixtures.PASSWORD);
        return browser;
    }

    @Test
    void invitationLinkCreatesAnAccountWithTheChosenRolesOnce() {
        Organisation org = fixtures.organisation("invite");
        WebClient admin = signedInAdmin(org);
        String email = Fixtures.unique("ny").toLowerCase() + "@test.example";
        WebClient.Response noRole = admin.post("/admin/staff/invite", "email", email, "roles", "NO_SUCH_ROLE");
        assertEquals(422, noRole.status());
        assertTrue(noRole.body().contains("href=\"#roles\"") && noRole.body().contains("value=\"" + email + "\""),
                "an unknown role is no role; the address typed is kept");
        assertEquals(422, admin.post("/admin/staff/invite", "email", "inte en adress", "roles", "ANALYST").status());
        WebClient.Response created = admin.post("/admin/staff/invite", "email", email,
                "roles", List.of("FACILITATOR", "ANALYST"));
        assertEquals(200, created.status());
        Matcher link = LINK.matcher(created.body());
        assertTrue(link.find(), "the link is shown once to the admin");
        String path = "/invite/" + link.group(2);

        WebClient newcomer = new WebClient(server.getURI());
        assertTrue(newcomer.get(path).body().contains(email));
        WebClient.Response tooShort = newcomer.post(path, "displayName", "Nina Ny", "password", "kort",
                "passwordConfirmation", "kort");
        assertEquals(422, tooShort.status());
        assertTrue(tooShort.body().contains("value=\"Nina Ny\""), "name kept after an error");

        WebClient.Response accepted = newcomer.post(path, "displayName", "Nina Ny", "password", Fixtures.PASSWORD,
                "passwordConfirmation", Fixtures.PASSWORD);
        assertEquals(303, accepted.status());
        assertTrue(newcomer.getJson("/api/v1/me").body().contains("\"displayName\":\"Nina Ny\""));
        Account account = accounts.findByEmail(email).orElseThrow();
        assertEquals(org.id(), account.organisationId());
        assertEquals(Set.of(Role.FACILITATOR, Role.ANALYST), directory.rolesOf(account.id()));

        assertEquals(404, new WebClient(server.getURI()).get(path).status(), "a link works once");
        assertTrue(audit.findByOrganisationIdOrderByIdDesc(org.id(), io.micronaut.data.model.Pageable.from(0, 50))
                .getContent().stream().anyMatch(e -> e.action().equals("INVITATION_ACCEPTED")));
    }

    @Test
    void invitationNeedsAnEmailAndARoleAndKeepsWhatWasTyped() {
        WebClient admin = signedInAdmin(fixtures.organisation("invite-errors"));
        WebClient.Response response = admin.post("/admin/staff/invite", "email", "inte-en-adress");
        assertEquals(422, response.status());
        assertTrue(response.body().contains("value=\"inte-en-adress\""));
        assertTrue(response.body().contains("href=\"#email\""));
        assertTrue(response.body().contains("href=\"#roles\""));
    }

    @Test
    void revokedInvitationNoLongerWorks() {
        WebClient admin = signedInAdmin(fixtures.organisation("revoke"));
        WebClient.Response created = admin.post("/admin/staff/invite",
                "email", Fixtures.unique("r").toLowerCase() + "@test.example", "roles", "ANALYST");
        Matcher link = LINK.matcher(created.body());
        assertTrue(link.find());
        Matcher revoke = Pattern.compile("/admin/staff/invitations/(\\d+)/revoke").matcher(created.body());
        assertTrue(revoke.find());
        assertEquals(303, admin.post(revoke.group()).status());
        WebClient.Response withdrawn = new WebClient(server.getURI()).get("/invite/" + link.group(2));
        assertEquals(404, withdrawn.status());
        // The invitation's own error page (ask for a new one), not the general "page not found".
        assertTrue(withdrawn.body().contains("<title>Inbjudan gäller inte –"), withdrawn.body());
        assertTrue(withdrawn.body().contains("Be administratören om en ny inbjudan."), withdrawn.body());
    }

    @Test
    void roleChangesAreAuditedAndTheLastAdminIsKept() {
        Organisation org = fixtures.organisation("roles");
        Account admin = fixtures.account(org, Role.ORG_ADMIN);
        Account colleague = fixtures.account(org, Role.FACILITATOR);
        WebClient browser = new WebClient(server.getURI());
        browser.signIn(admin.email(), Fixtures.PASSWORD);

        assertEquals(303, browser.post("/admin/staff/" + colleague.id() + "/roles",
                "roles", List.of("ANALYST", "COUNCIL_MEMBER", "PLATFORM_ADMIN")).status());
        assertEquals(Set.of(Role.ANALYST, Role.COUNCIL_MEMBER), directory.rolesOf(colleague.id()),
                "an organisation admin cannot hand out platform admin");
        assertTrue(audit.findByActorAccountIdOrderByIdDesc(admin.id()).stream()
                .anyMatch(e -> e.action().equals("ROLES_CHANGED") && e.detail().contains("FACILITATOR -> ANALYST,COUNCIL_MEMBER")));

        WebClient.Response lastAdmin = browser.post("/admin/staff/" + admin.id() + "/roles", "roles", "ANALYST");
        assertEquals(422, lastAdmin.status());
        assertTrue(directory.rolesOf(admin.id()).contains(Role.ORG_ADMIN));
    }

    @Test
    void aRoleChangeHoldsFromThePersonsNextRequest() {
        Organisation org = fixtures.organisation("promoted");
        Account admin = fixtures.account(org, Role.ORG_ADMIN);
        Account colleague = fixtures.account(org, Role.ANALYST);
        WebClient adminBrowser = new WebClient(server.getURI());
        adminBrowser.signIn(admin.email(), Fixtures.PASSWORD);
        WebClient colleagueBrowser = new WebClient(server.getURI());
        colleagueBrowser.signIn(colleague.email(), Fixtures.PASSWORD);
        int refused = colleagueBrowser.get("/admin/staff").status();
        assertTrue(refused == 403 || refused == 303, "an analyst has no staff page: " + refused);

        // The session is remembered between requests; a role change is still seen on the very next one.
        assertEquals(303, adminBrowser.post("/admin/staff/" + colleague.id() + "/roles",
                "roles", List.of("ANALYST", "ORG_ADMIN")).status());
        assertEquals(200, colleagueBrowser.get("/admin/staff").status(), "promoted at once");
        assertEquals(303, adminBrowser.post("/admin/staff/" + colleague.id() + "/roles", "roles", "ANALYST").status());
        assertEquals(refused, colleagueBrowser.get("/admin/staff").status(), "and demoted at once");
    }

    @Test
    void deactivationSignsThePersonOutAndErasureRemovesTheirData() {
        Organisation org = fixtures.organisation("erase");
        Account admin = fixtures.account(org, Role.ORG_ADMIN);
        Account leaver = fixtures.account(org, Role.ANALYST);
        WebClient adminBrowser = new WebClient(server.getURI());
        adminBrowser.signIn(admin.email(), Fixtures.PASSWORD);
        WebClient leaverBrowser = new WebClient(server.getURI());
        leaverBrowser.signIn(leaver.email(), Fixtures.PASSWORD);
        assertEquals(200, leaverBrowser.get("/account").status());

        assertEquals(303, adminBrowser.post("/admin/staff/" + leaver.id() + "/deactivate").status());
        assertEquals(303, leaverBrowser.get("/account").status(), "signed out at once");
        assertEquals(422, new WebClient(server.getURI()).post("/login", "email", leaver.email(),
                "password", Fixtures.PASSWORD).status());

        assertEquals(422, adminBrowser.post("/admin/staff/" + leaver.id() + "/erase").status(), "needs confirmation");
        assertEquals(303, adminBrowser.post("/admin/staff/" + leaver.id() + "/erase", "confirm", "yes").status());
        Account erased = accounts.findById(leaver.id()).orElseThrow();
        assertFalse(erased.email().contains(leaver.email()));
        assertFalse(erased.displayName().contains("Test"));
        assertTrue(audit.findByActorAccountIdOrderByIdDesc(leaver.id()).stream()
                .noneMatch(e -> e.actorLabel().equals(leaver.email())));
        assertFalse(adminBrowser.ok("/admin/staff").body().contains(leaver.email()));
    }

    @Test
    void aPersonDownloadsTheirDataAndChangesTheirPassword() {
        Organisation org = fixtures.organisation("self");
        Account person = fixtures.account(org, Role.COUNCIL_MEMBER);
        WebClient browser = new WebClient(server.getURI());
        browser.signIn(person.email(), Fixtures.PASSWORD);

        WebClient.Response export = browser.get("/account/export");
        assertEquals(200, export.status());
        assertTrue(export.header("Content-Disposition").contains("attachment"));
        assertTrue(export.body().contains(person.email()));
        assertTrue(export.body().contains("SIGN_IN"));
        assertFalse(export.body().contains("argon2"), "no password hash in the export");

        WebClient.Response wrong = browser.post("/account/password", "currentPassword", "fel fel fel fel",
                "newPassword", "a brand new passphrase", "newPasswordConfirmation", "a brand new passphrase");
        assertEquals(422, wrong.status());
        WebClient.Response changed = browser.post("/account/password", "currentPassword", Fixtures.PASSWORD,
                "newPassword", "a brand new passphrase", "newPasswordConfirmation", "a brand new passphrase");
        assertEquals(303, changed.status());
        assertEquals(303, browser.get("/account").status(), "every session ends after a password change");
        new WebClient(server.getURI()).signIn(person.email(), "a brand new passphrase");
    }
}
