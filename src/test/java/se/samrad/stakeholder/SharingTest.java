package se.samrad.stakeholder;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Network;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sharing stakeholder organisations in a network: the other members read the organisation's own fields and nothing
 * of its people, timeline or documents; organisations outside the network, and members once the share or the
 * membership ends, get 404 on every route, with nothing of the record in the body.
 */
@MicronautTest(transactional = false)
class SharingTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject NetworkService networks;

    Organisation region;
    Organisation municipality;
    Organisation outsider;
    Network network;
    Network otherNetwork;
    Account regionAdmin;
    Account regionCouncil;
    Account municipalityAnalyst;
    Account outsiderAdmin;

    @BeforeAll
    void people() {
        region = fixtures.organisation("Region Dalarna");
        municipality = fixtures.organisation("Mora");
        outsider = fixtures.organisation("Ystad");
        network = networks.create(null, Fixtures.unique("Dalalab"), "");
        networks.addMember(null, network.id(), region.id(), true);
        networks.addMember(null, network.id(), municipality.id(), false);
        otherNetwork = networks.create(null, Fixtures.unique("Skånenätverket"), "");
        networks.addMember(null, otherNetwork.id(), outsider.id(), true);
        regionAdmin = fixtures.account(region, Role.ORG_ADMIN);
        regionCouncil = fixtures.account(region, Role.COUNCIL_MEMBER);
        municipalityAnalyst = fixtures.account(municipality, Role.ANALYST);
        outsiderAdmin = fixtures.account(outsider, Role.ORG_ADMIN);
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    /** A regional actor with a contact person, a timeline entry naming them and a document. */
    long regionalActor(WebClient client, String name) {
        String location = client.post("/stakeholders/new-organisation", "name", name, "kind", "AUTHORITY",
                "orgNumber", "", "address", "Myntgatan 2, Falun", "description", "Regional tillsynsmyndighet")
                .expect(303).location();
        long id = Long.parseLong(location.replaceAll(".*/organisations/(\\d+).*", "$1"));
        String contact = client.post("/stakeholders/new-contact", "name", "Greta Hemligsson", "email",
                "greta@example.se", "lawfulBasis", "PUBLIC_TASK").expect(303).location();
        long person = Long.parseLong(contact.replaceAll(".*/contacts/(\\d+).*", "$1"));
        client.post("/stakeholders/contacts/" + person + "/roles", "other", id, "label", "Handläggare").expect(303);
        client.post("/stakeholders/organisations/" + id + "/engagements", "kind", "MEETING", "other", person,
                "occurredOn", "2025-02-01", "summary", "Samråd om tillsynsplanen").expect(303);
        client.multipart("/stakeholders/organisations/" + id + "/documents",
                java.util.Map.of("documentKind", "PROTOCOL", "entry", ""), "tillsynsprotokoll.pdf",
                DocumentTest.PDF).expect(303);
        return id;
    }

    static void assertTellsNothing(WebClient.Response response, String name) {
        assertEquals(404, response.status(), response.body());
        assertFalse(response.body().contains(name) || response.body().contains("Myntgatan"), response.body());
    }

    @Test
    void aMemberReadsASharedOrganisationButNothingOfItsPeopleTimelineOrDocuments() {
        WebClient owner = signedIn(regionAdmin);
        String name = Fixtures.unique("Länsstyrelsen");
        long id = regionalActor(owner, name);
        WebClient member = signedIn(municipalityAnalyst);
        assertTellsNothing(member.get("/stakeholders/shared/" + id), name);

        Document page = owner.page("/stakeholders/organisations/" + id);
        assertEquals(List.of(network.name()), page.select("#networks label").eachText(),
                "only the networks the organisation belongs to are offered");
        assertEquals(303, owner.post("/stakeholders/organisations/" + id + "/shares", "networks", network.id())
                .status());
        assertTrue(owner.page("/stakeholders/organisations/" + id).selectFirst("#network-" + network.id())
                .hasAttr("checked"));
        assertTrue(signedIn(regionCouncil).page("/stakeholders/organisations/" + id).text()
                .contains("Delas med: " + network.name()), "readers see where it is shared");

        Document list = member.page("/stakeholders/shared");
        assertEquals(List.of(name), list.select("tbody th a").eachText());
        assertTrue(list.selectFirst("tbody tr").text().contains(region.name()), "who shares it");
        Document shared = member.page("/stakeholders/shared/" + id);
        assertEquals(name, shared.selectFirst("h1").text());
        assertTrue(shared.text().contains("Myntgatan 2, Falun") && shared.text().contains("Regional tillsynsmyndighet"));
        assertFalse(shared.html().contains("Greta") || shared.html().contains("greta@")
                || shared.html().contains("tillsynsplanen") || shared.html().contains("tillsynsprotokoll"),
                "no contacts, timeline or documents");
        assertTrue(shared.select("form").stream().noneMatch(f -> f.attr("action").startsWith("/stakeholders")),
                "read-only");

        for (WebClient.Response r : List.of(member.get("/stakeholders/organisations/" + id),
                member.post("/stakeholders/organisations/" + id + "/engagements", "kind", "MEETING",
                        "occurredOn", "2025-01-01", "summary", "x"),
                member.post("/stakeholders/organisations/" + id + "/shares", "networks", network.id()),
                member.get("/api/v1/stakeholders/organisations/" + id))) {
            assertTellsNothing(r, name);
        }
        assertFalse(member.page("/stakeholders").text().contains(name), "not in the member's own register");
    }

    @Test
    void outsidersNeverSeeItAndSharingEndsWithTheShareOrTheMembership() {
        WebClient owner = signedIn(regionAdmin);
        String name = Fixtures.unique("Trafikverket Region Mitt");
        long id = regionalActor(owner, name);
        owner.post("/stakeholders/organisations/" + id + "/shares", "networks", network.id()).expect(303);

        WebClient stranger = signedIn(outsiderAdmin);
        assertTellsNothing(stranger.get("/stakeholders/shared/" + id), name);
        assertFalse(stranger.page("/stakeholders/shared").text().contains(name));
        WebClient.Response foreign = owner.post("/stakeholders/organisations/" + id + "/shares",
                "networks", otherNetwork.id());
        assertEquals(422, foreign.status(), "a network the organisation is not in");
        assertEquals("Välj ett alternativ.", foreign.document().selectFirst("#networks-error").ownText());

        WebClient member = signedIn(municipalityAnalyst);
        assertEquals(200, member.get("/stakeholders/shared/" + id).status());
        owner.post("/stakeholders/organisations/" + id + "/shares").expect(303);
        assertTellsNothing(member.get("/stakeholders/shared/" + id), name);
        assertFalse(member.page("/stakeholders/shared").text().contains(name));

        owner.post("/stakeholders/organisations/" + id + "/shares", "networks", network.id()).expect(303);
        assertEquals(200, member.get("/stakeholders/shared/" + id).status());
        networks.removeMember(null, network.id(), region.id());
        try {
            assertTellsNothing(member.get("/stakeholders/shared/" + id), name);
        } finally {
            networks.addMember(null, network.id(), region.id(), true);
        }
    }
}
