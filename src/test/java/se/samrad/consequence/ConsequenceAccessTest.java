package se.samrad.consequence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.WebClient;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenancy and roles on every route of the consequence assessment: another organisation's admin gets 404 for every
 * route naming a case; a council member reads but changes nothing (403); a facilitator gets 403 everywhere and
 * no navigation link; anonymous visitors are sent to sign in. Each refusal is checked by status and message.
 */
@MicronautTest(transactional = false)
class ConsequenceAccessTest extends ConsequenceIntegrationTest {

    static final String FORBIDDEN = "Din roll ger inte tillgång till den här sidan.";
    static final String NOT_FOUND = "Sidan finns inte, eller så har du inte behörighet att se den.";

    Account analyst;
    Account council;
    Account facilitator;
    Account stranger;
    long kase;
    long alternative;
    long target;

    @BeforeAll
    void data() {
        Organisation home = fixtures.organisation("Hemkommun");
        Organisation away = fixtures.organisation("Bortakommun");
        analyst = fixtures.account(home, Role.ANALYST);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        facilitator = fixtures.account(home, Role.FACILITATOR);
        stranger = fixtures.account(away, Role.ORG_ADMIN, Role.ANALYST);
        target = target("12.3");
        WebClient client = signedIn(analyst);
        kase = newCase(client, "Hemligt ärende", target);
        client.post("/consequence/cases/" + kase + "/alternatives/new", Map.of("title", "A")).expect(303);
        String href = client.page("/consequence/cases/" + kase).select("a[href*=/alternatives/]").stream()
                .map(a -> a.attr("href")).filter(h -> h.matches(".*/alternatives/\\d+")).findFirst().orElseThrow();
        alternative = Long.parseLong(href.replaceAll(".*/", ""));
    }

    String base() {
        return "/consequence/cases/" + kase;
    }

    List<String> readPages() {
        return List.of(base(), base() + "/matrix", base() + "/history", base() + "/assess/" + alternative + "/short",
                base() + "/prioritisation", base() + "/basis", base() + "/basis.pdf", base() + "/basis.docx",
                base() + "/decision");
    }

    Map<String, Map<String, Object>> changes() {
        return Map.of(base() + "/edit", Map.of("title", "Nytt namn"),
                base() + "/alternatives/new", Map.of("title", "C"),
                base() + "/alternatives/" + alternative, Map.of("title", "A2"),
                base() + "/assess/" + alternative + "/long", Map.of("SOCIAL-rating", "POSITIVE"),
                base() + "/prefill", Map.of(),
                base() + "/assess/" + alternative + "/long/settle", Map.of("aspect", "SOCIAL",
                        "settle-SOCIAL-rating", "POSITIVE", "settle-SOCIAL-note", "x"),
                base() + "/decision/edit", Map.of("decidedOn", "2027-03-15", "body", "KS",
                        "alternative", String.valueOf(alternative), "why", "x"));
    }

    private static void refused(WebClient.Response response, int status, String path) {
        assertEquals(status, response.status(), path);
        assertTrue(response.body().contains(status == 403 ? FORBIDDEN : NOT_FOUND), path + ": " + response.body());
    }

    @Test
    void anotherOrganisationFindsNothing() {
        WebClient client = signedIn(stranger);
        readPages().forEach(p -> refused(client.get(p), 404, p));
        refused(client.get(base() + "/edit"), 404, "edit");
        changes().forEach((p, form) -> refused(client.post(p, form), 404, p));
        assertFalse(client.get("/consequence").body().contains("Hemligt ärende"));
    }

    @Test
    void aCouncilMemberReadsButChangesNothing() {
        WebClient client = signedIn(council);
        readPages().forEach(p -> assertEquals(200, client.get(p).status(), p));
        assertTrue(client.get("/consequence").body().contains("Hemligt ärende"));
        assertFalse(client.get(base()).body().contains("Lägg till ett alternativ"));
        assertFalse(client.get(base() + "/assess/" + alternative + "/short").body().contains("Spara min bedömning"));
        refused(client.get("/consequence/new"), 403, "new");
        refused(client.get(base() + "/edit"), 403, "edit");
        changes().forEach((p, form) -> refused(client.post(p, form), 403, p));
    }

    @Test
    void aFacilitatorHasNoPartAndNoLink() {
        WebClient client = signedIn(facilitator);
        refused(client.get("/consequence"), 403, "list");
        readPages().forEach(p -> refused(client.get(p), 403, p));
        changes().forEach((p, form) -> refused(client.post(p, form), 403, p));
        assertFalse(client.get("/").body().contains("href=\"/consequence\""));
        assertTrue(signedIn(analyst).get("/").body().contains("href=\"/consequence\""));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        WebClient client = new WebClient(server.getURI());
        WebClient.Response response = client.get(base());
        assertTrue(response.status() == 303 || response.status() == 302 || response.status() == 401,
                "status " + response.status());
    }

    @Test
    void anUnknownHorizonOrAspectIsNotFound() {
        WebClient client = signedIn(analyst);
        refused(client.get(base() + "/assess/" + alternative + "/medium"), 404, "horizon");
        refused(client.post(base() + "/assess/" + alternative + "/short/settle", Map.of("aspect", "T999999",
                "settle-T999999-rating", "POSITIVE", "settle-T999999-note", "x")), 404, "aspect");
    }
}
