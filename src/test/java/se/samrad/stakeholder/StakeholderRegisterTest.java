package se.samrad.stakeholder;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.audit.AuditEvent;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import io.micronaut.data.model.Pageable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slice 1 of the register over HTTP: organisations (organisation number checked), relations, contacts with
 * lawful basis and consent, their roles, the JSON API; who may read, edit and see personal data.
 */
@MicronautTest(transactional = false)
class StakeholderRegisterTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject AuditLog audit;

    Organisation home;
    Account admin;
    Account facilitator;
    Account council;

    @BeforeAll
    void people() {
        home = fixtures.organisation("Intressentby");
        admin = fixtures.account(home, Role.ORG_ADMIN);
        facilitator = fixtures.account(home, Role.FACILITATOR);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    static long idFrom(String location) {
        String tail = location.substring(location.lastIndexOf('/') + 1);
        return Long.parseLong(tail.replaceAll("\\?.*", ""));
    }

    long createOrganisation(WebClient client, String name, String kind, String number) {
        WebClient.Response response = client.post("/stakeholders/new-organisation", "name", name, "kind", kind,
                "orgNumber", number, "web", "https://example.se", "address", "Storgatan 1").expect(303);
        return idFrom(response.location());
    }

    @Test
    void aFacilitatorAddsAnOrganisationAndSeesItInTheRegister() {
        WebClient client = signedIn(facilitator);
        String name = Fixtures.unique("Polisen");
        long id = createOrganisation(client, name, "POLICE", "16202100-0076");
        Document page = client.page("/stakeholders/organisations/" + id);
        assertEquals(name, page.selectFirst("h1").text());
        assertTrue(page.select("dd").eachText().contains("202100-0076"), page.select("dl").text());
        Document index = client.page("/stakeholders");
        assertEquals(name, index.select("tbody th a[href=/stakeholders/organisations/" + id + "]").text());
    }

    @Test
    void aWrongOrganisationNumberIsRefusedAndTheFormKeepsWhatWasTyped() {
        WebClient client = signedIn(facilitator);
        Document page = client.post("/stakeholders/new-organisation", "name", "Bolaget AB", "kind", "COMPANY",
                "orgNumber", "556036-0794", "web", "example.se", "description", "Bygger hus").expect(422).document();
        assertEquals(List.of("#orgNumber", "#web"), page.select(".error-summary a").eachAttr("href"));
        assertEquals("556036-0794", page.selectFirst("#orgNumber").val());
        assertEquals("Bolaget AB", page.selectFirst("#name").val());
        assertEquals("Bygger hus", page.selectFirst("#description").text());
        assertEquals("COMPANY", page.selectFirst("#kind option[selected]").val());
        assertEquals("true", page.selectFirst("#orgNumber").attr("aria-invalid"));
    }

    @Test
    void aNameAndKindAreRequired() {
        Document page = signedIn(facilitator).post("/stakeholders/new-organisation", "name", " ", "kind", "NOPE")
                .expect(422).document();
        assertEquals(List.of("#name", "#kind"), page.select(".error-summary a").eachAttr("href"));
    }

    @Test
    void aNumberAlreadyInTheRegisterIsRefused() {
        WebClient client = signedIn(facilitator);
        long first = createOrganisation(client, Fixtures.unique("Ett"), "COMPANY", "5560360793");
        Document page = client.post("/stakeholders/new-organisation", "name", "Två", "kind", "COMPANY",
                "orgNumber", "556036-0793").expect(422).document();
        assertEquals(List.of("#orgNumber"), page.select(".error-summary a").eachAttr("href"));
        // Its own number is no conflict when the organisation is edited.
        client.post("/stakeholders/organisations/" + first + "/edit", "name", "Ett AB", "kind", "COMPANY",
                "orgNumber", "165560360793").expect(303);
        assertEquals("Ett AB", client.page("/stakeholders/organisations/" + first).selectFirst("h1").text());
    }

    @Test
    void relationsHaveKindsAndPeriodsAndShowOnBothSides() {
        WebClient client = signedIn(facilitator);
        long party = createOrganisation(client, Fixtures.unique("Partiet"), "POLITICAL_PARTY", "");
        long federation = createOrganisation(client, Fixtures.unique("Förbundet"), "FEDERATION", "");
        client.post("/stakeholders/organisations/" + party + "/relations", "kind", "MEMBER_OF",
                "other", federation, "startsOn", "2024-01-01", "endsOn", "2023-01-01").expect(422);
        client.post("/stakeholders/organisations/" + party + "/relations", "kind", "MEMBER_OF",
                "other", party).expect(422);
        client.post("/stakeholders/organisations/" + party + "/relations", "kind", "MEMBER_OF",
                "other", federation, "startsOn", "2024-01-01").expect(303);
        Document federationPage = client.page("/stakeholders/organisations/" + federation);
        assertTrue(federationPage.select(".relations li").text().contains("är medlem i"));
        assertTrue(federationPage.select(".relations time").eachAttr("datetime").contains("2024-01-01"));
        String action = client.page("/stakeholders/organisations/" + party)
                .selectFirst(".relations form").attr("action");
        client.post(action).expect(303);
        assertTrue(client.page("/stakeholders/organisations/" + party).select(".relations li").isEmpty());
    }

    @Test
    void consentNeedsWhenAndHowAndAWithdrawalIsRecorded() {
        WebClient client = signedIn(admin);
        Document refused = client.post("/stakeholders/new-contact", "name", "Karin Kontakt", "email", "karin@x.se",
                "lawfulBasis", "CONSENT", "consentGivenOn", "2025-02-30").expect(422).document();
        assertEquals(List.of("#consentGivenOn", "#consentHow"), refused.select(".error-summary a").eachAttr("href"));
        assertEquals("2025-02-30", refused.selectFirst("#consentGivenOn").val());
        long id = idFrom(client.post("/stakeholders/new-contact", "name", "Karin Kontakt", "email", "karin@x.se",
                "lawfulBasis", "CONSENT", "consentGivenOn", "2025-02-28", "consentHow", "Blankett vid mötet")
                .expect(303).location());
        client.post("/stakeholders/contacts/" + id + "/withdraw-consent").expect(303);
        Document page = client.page("/stakeholders/contacts/" + id);
        assertTrue(page.select("dt").eachText().contains("Samtycket återkallat"), page.select("dl").text());
        client.post("/stakeholders/contacts/" + id + "/withdraw-consent").expect(400);
    }

    @Test
    void aContactHasRolesAtOrganisationsAndReadingItIsAudited() {
        WebClient client = signedIn(admin);
        long org = createOrganisation(client, Fixtures.unique("Företaget"), "COMPANY", "");
        long id = idFrom(client.post("/stakeholders/new-contact", "name", "Olle Ombud", "lawfulBasis", "PUBLIC_TASK")
                .expect(303).location());
        client.post("/stakeholders/contacts/" + id + "/roles", "other", org, "label", "Hållbarhetschef",
                "startsOn", "2023-05-01").expect(303);

        Document orgPage = client.page("/stakeholders/organisations/" + org);
        assertTrue(orgPage.text().contains("Olle Ombud, Hållbarhetschef"), orgPage.text());
        client.page("/stakeholders/contacts/" + id);
        List<AuditEvent> events = audit.forOrganisation(home.id(), Pageable.from(0, 20)).getContent();
        assertTrue(events.stream().anyMatch(e -> e.action().equals("STAKEHOLDER_CONTACT_VIEWED")
                && e.target().equals("stakeholder-contact:" + id) && !e.detail().contains("Olle")));
        // A facilitator edits the register but sees no personal data: neither the list nor the people.
        WebClient staff = signedIn(facilitator);
        staff.get("/stakeholders/contacts").expect(403);
        staff.get("/stakeholders/contacts/" + id).expect(403);
        staff.getJson("/api/v1/stakeholders/contacts").expect(403);
        assertFalse(staff.page("/stakeholders/organisations/" + org).text().contains("Olle"));
    }

    @Test
    void theApiGivesOrganisationsToStaffAndContactsToAdmins() {
        WebClient client = signedIn(admin);
        String name = Fixtures.unique("Api-bolaget");
        long org = createOrganisation(client, name, "COMPANY", "");
        long contact = idFrom(client.post("/stakeholders/new-contact", "name", "Api Person", "email", "api@x.se",
                "lawfulBasis", "LEGITIMATE_INTEREST").expect(303).location());
        String list = signedIn(council).okJson("/api/v1/stakeholders/organisations").body();
        assertTrue(list.contains(name), list);
        String one = signedIn(council).okJson("/api/v1/stakeholders/organisations/" + org).body();
        assertTrue(one.contains("\"kind\":\"COMPANY\""), one);
        String person = client.okJson("/api/v1/stakeholders/contacts/" + contact).body();
        assertTrue(person.contains("api@x.se"), person);
        String people = client.okJson("/api/v1/stakeholders/contacts").body();
        assertTrue(people.contains("Api Person") && !people.contains("api@x.se"), people);
    }
}
