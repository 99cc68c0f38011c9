package se.samrad.stakeholder;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenancy and roles on every route of the register: another organisation's admin gets 404 for every page and API
 * route that names a record (and sees an empty register), a council member reads but gets 403 on every change,
 * personal data is for admins only, and a platform admin (no organisation) gets 403.
 */
@MicronautTest(transactional = false)
class StakeholderAccessTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;

    Account admin;
    Account council;
    Account analyst;
    Account strangerAdmin;
    Account platformAdmin;
    long org;
    long other;
    long contact;
    long relation;
    long role;
    long engagement;
    String orgName;

    @BeforeAll
    void data() {
        Organisation home = fixtures.organisation("Hemby");
        Organisation away = fixtures.organisation("Bortaby");
        admin = fixtures.account(home, Role.ORG_ADMIN);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        analyst = fixtures.account(home, Role.ANALYST);
        strangerAdmin = fixtures.account(away, Role.ORG_ADMIN, Role.FACILITATOR, Role.ANALYST);
        platformAdmin = fixtures.account((Long) null, Role.PLATFORM_ADMIN);
        WebClient client = signedIn(admin);
        orgName = Fixtures.unique("Hemliga AB");
        org = id(client.post("/stakeholders/new-organisation", "name", orgName, "kind", "COMPANY").expect(303));
        other = id(client.post("/stakeholders/new-organisation", "name", "Andra", "kind", "AUTHORITY").expect(303));
        client.post("/stakeholders/organisations/" + org + "/relations", "kind", "PARTNER", "other", other)
                .expect(303);
        relation = Long.parseLong(client.page("/stakeholders/organisations/" + org).selectFirst(".relations form")
                .attr("action").replaceAll("\\D", ""));
        contact = idAt(client.post("/stakeholders/new-contact", "name", "Hemlig Person", "lawfulBasis", "PUBLIC_TASK")
                .expect(303).location(), "/stakeholders/contacts/");
        client.post("/stakeholders/contacts/" + contact + "/roles", "other", org, "label", "VD").expect(303);
        role = Long.parseLong(client.page("/stakeholders/contacts/" + contact).select("form[action*=/roles/]")
                .attr("action").replaceAll("\\D", ""));
        client.post("/stakeholders/organisations/" + org + "/engagements", "kind", "MEETING", "occurredOn",
                "2025-01-01", "summary", "Hemligt möte", "followUpOn", "2025-02-01").expect(303);
        engagement = Long.parseLong(client.page("/stakeholders/organisations/" + org)
                .select("form[action$=/followed-up]").attr("action").replaceAll("\\D", ""));
    }

    private long id(WebClient.Response response) {
        return idAt(response.location(), "/stakeholders/organisations/");
    }

    private static long idAt(String location, String prefix) {
        return Long.parseLong(location.substring(prefix.length()).replaceAll("\\?.*", ""));
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    List<String> pagesWithIds() {
        return List.of("/stakeholders/organisations/" + org, "/stakeholders/organisations/" + org + "/edit",
                "/stakeholders/organisations/" + org + "/targets",
                "/stakeholders/contacts/" + contact, "/stakeholders/contacts/" + contact + "/edit",
                "/stakeholders/contacts/" + contact + "/vcard");
    }

    List<String> apiWithIds() {
        return List.of("/api/v1/stakeholders/organisations/" + org, "/api/v1/stakeholders/contacts/" + contact,
                "/api/v1/stakeholders/organisations/" + org + "/engagements",
                "/api/v1/stakeholders/contacts/" + contact + "/engagements",
                "/api/v1/stakeholders/contacts/" + contact + "/export");
    }

    /** Every change, with a valid form, so only the user's right decides. */
    Map<String, Map<String, Object>> changes() {
        return Map.ofEntries(
                Map.entry("/stakeholders/new-organisation", Map.of("name", "X", "kind", "COMPANY")),
                Map.entry("/stakeholders/organisations/" + org + "/edit", Map.of("name", "X", "kind", "COMPANY")),
                Map.entry("/stakeholders/organisations/" + org + "/relations", Map.of("kind", "PARTNER", "other", other)),
                Map.entry("/stakeholders/organisations/" + org + "/placements", Map.of("interest", "3", "influence", "3",
                        "issueKind", "NONE", "placedOn", "2025-01-01")),
                Map.entry("/stakeholders/relations/" + relation + "/delete", Map.of()),
                Map.entry("/stakeholders/organisations/" + org + "/targets", Map.of("note", "x")),
                Map.entry("/stakeholders/new-contact", Map.of("name", "X", "lawfulBasis", "PUBLIC_TASK")),
                Map.entry("/stakeholders/contacts/" + contact + "/edit", Map.of("name", "X", "lawfulBasis", "PUBLIC_TASK")),
                Map.entry("/stakeholders/contacts/" + contact + "/roles", Map.of("other", org)),
                Map.entry("/stakeholders/roles/" + role + "/delete", Map.of()),
                Map.entry("/stakeholders/contacts/" + contact + "/withdraw-consent", Map.of()),
                Map.entry("/stakeholders/organisations/" + org + "/engagements", Map.of("kind", "MEETING",
                        "occurredOn", "2025-01-01", "summary", "x")),
                Map.entry("/stakeholders/contacts/" + contact + "/engagements", Map.of("kind", "MEETING",
                        "occurredOn", "2025-01-01", "summary", "x")),
                Map.entry("/stakeholders/engagements/" + engagement + "/followed-up", Map.of()),
                Map.entry("/stakeholders/contacts/" + contact + "/keep", Map.of()),
                Map.entry("/stakeholders/contacts/" + contact + "/erase", Map.of("confirm", "on")));
    }

    @Test
    void anotherOrganisationsAdminFindsNothing() {
        WebClient stranger = signedIn(strangerAdmin);
        for (String path : pagesWithIds()) {
            stranger.get(path).expect(404);
        }
        for (String path : apiWithIds()) {
            stranger.getJson(path).expect(404);
        }
        changes().forEach((path, form) -> {
            if (!path.endsWith("/new-organisation") && !path.endsWith("/new-contact")) {
                assertEquals(404, stranger.post(path, form).status(), path);
            }
        });
        assertTrue(stranger.page("/stakeholders").select("tbody tr").isEmpty());
        assertTrue(stranger.page("/stakeholders/contacts").select("tbody tr").isEmpty());
        assertTrue(stranger.page("/stakeholders/grid").select("tbody tr").isEmpty());
        assertEquals("[]", stranger.okJson("/api/v1/stakeholders/organisations").body());
        assertEquals("[]", stranger.okJson("/api/v1/stakeholders/contacts").body());
        assertEquals("[]", stranger.okJson("/api/v1/stakeholders/follow-ups").body());
        assertFalse(stranger.page("/stakeholders").text().contains("Hemligt möte"));
        // Nothing was changed by those attempts.
        assertEquals(orgName, signedIn(admin).page("/stakeholders/organisations/" + org).selectFirst("h1").text());
    }

    @Test
    void aCouncilMemberReadsTheRegisterButChangesNothing() {
        WebClient reader = signedIn(council);
        reader.page("/stakeholders");
        reader.page("/stakeholders/grid");
        assertEquals(orgName, reader.page("/stakeholders/find?q=hemliga").selectFirst("tbody th").text());
        assertEquals(orgName, reader.page("/stakeholders/organisations/" + org).selectFirst("h1").text());
        reader.okJson("/api/v1/stakeholders/organisations/" + org);
        assertTrue(reader.page("/stakeholders/organisations/" + org).select("form[action^=/stakeholders]").isEmpty());
        reader.get("/stakeholders/new-organisation").expect(403);
        reader.get("/stakeholders/organisations/" + org + "/edit").expect(403);
        reader.get("/stakeholders/organisations/" + org + "/targets").expect(403);
        reader.get("/stakeholders/contacts").expect(403);
        reader.get("/stakeholders/contacts/" + contact).expect(403);
        reader.get("/stakeholders/contacts/" + contact + "/vcard").expect(403);
        reader.get("/stakeholders/export/contacts.csv").expect(403);
        reader.get("/stakeholders/retention").expect(403);
        reader.getJson("/api/v1/stakeholders/contacts/" + contact).expect(403);
        changes().forEach((path, form) -> assertEquals(403, reader.post(path, form).status(), path));
    }

    @Test
    void anAnalystEditsOrganisationsButNotPersonalData() {
        WebClient editor = signedIn(analyst);
        editor.ok("/stakeholders/organisations/" + org + "/edit");
        changes().forEach((path, form) -> {
            if (path.contains("contact") || path.contains("/roles/")) {
                assertEquals(403, editor.post(path, form).status(), path);
            }
        });
        editor.get("/stakeholders/new-contact").expect(403);
    }

    @Test
    void aPlatformAdminHasNoRegister() {
        WebClient platform = signedIn(platformAdmin);
        platform.get("/stakeholders").expect(403);
        platform.getJson("/api/v1/stakeholders/organisations").expect(403);
        platform.get("/stakeholders/organisations/" + org).expect(403);
        platform.get("/stakeholders/find?q=Hemliga").expect(403);
        platform.get("/stakeholders/coverage?issueKind=WORKSHOP&issueRef=1").expect(403);
        platform.getJson("/api/v1/stakeholders/search?q=Hemliga").expect(403);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        WebClient anonymous = new WebClient(server.getURI());
        int status = anonymous.get("/stakeholders/organisations/" + org).status();
        assertTrue(status == 303 || status == 401, "status " + status);
        assertEquals(401, anonymous.getJson("/api/v1/stakeholders/organisations").status());
    }
}
