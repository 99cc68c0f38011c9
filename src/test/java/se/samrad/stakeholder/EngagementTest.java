package se.samrad.stakeholder;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engagement timeline per organisation and per person, agreements, follow-ups on the start page. */
@MicronautTest(transactional = false)
class EngagementTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject se.samrad.goals.GoalCatalogue catalogue;
    @Inject se.samrad.goals.evidence.EvidenceReader evidence;

    Organisation home;
    Account admin;
    Account analyst;
    final LocalDate today = LocalDate.now();

    @BeforeAll
    void people() {
        home = fixtures.organisation("Tidslinjeby");
        admin = fixtures.account(home, Role.ORG_ADMIN);
        analyst = fixtures.account(home, Role.ANALYST);
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    static long organisation(WebClient client, String name) {
        String location = client.post("/stakeholders/new-organisation", "name", name, "kind", "CIVIL_SOCIETY")
                .expect(303).location();
        return Long.parseLong(location.replaceAll(".*/organisations/(\\d+).*", "$1"));
    }

    @Test
    void entriesFormATimelineAndFollowUpsAndAgreementsSurfaceOnTheStartPage() {
        WebClient client = signedIn(analyst);
        String name = Fixtures.unique("Idrottsförbundet");
        long id = organisation(client, name);
        client.post("/stakeholders/organisations/" + id + "/engagements", "kind", "MEETING",
                "occurredOn", today.minusDays(30).toString(), "summary", "Samtal om spontanidrott",
                "staff", "Fritidschefen", "followUpOn", today.plusDays(3).toString()).expect(303);
        client.post("/stakeholders/organisations/" + id + "/engagements", "kind", "AGREEMENT",
                "agreementKind", "IOP", "occurredOn", today.minusDays(300).toString(), "summary", "IOP om läxhjälp",
                "expiresOn", today.plusDays(40).toString()).expect(303);
        client.post("/stakeholders/organisations/" + id + "/engagements", "kind", "WORKSHOP", "issueRef", "42",
                "occurredOn", today.minusDays(2).toString(), "summary", "Deltog i workshoppen om skolvägar")
                .expect(303);

        Document page = client.page("/stakeholders/organisations/" + id);
        List<String> dates = page.select(".timeline .timeline-head time").eachAttr("datetime");
        assertEquals(List.of(today.minusDays(2).toString(), today.minusDays(30).toString(),
                today.minusDays(300).toString()), dates);
        assertEquals("/workshops/42", page.selectFirst(".timeline a[href^=/workshops]").attr("href"));
        assertTrue(page.select(".timeline").text().contains("Idéburet offentligt partnerskap (IOP)"));
        assertTrue(page.select(".timeline").text().contains("Från oss: Fritidschefen"));

        Document start = client.page("/stakeholders");
        assertTrue(start.select("[aria-labelledby=follow-ups-heading]").text().contains("Samtal om spontanidrott"));
        assertTrue(start.select("[aria-labelledby=expiring-heading]").text().contains("IOP om läxhjälp"));
        String done = start.select("[aria-labelledby=follow-ups-heading] li").stream()
                .filter(li -> li.text().contains(name)).findFirst().orElseThrow()
                .selectFirst("form").attr("action");
        client.post(done).expect(303);
        assertFalse(client.page("/stakeholders").text().contains("Samtal om spontanidrott"));
        assertTrue(client.page("/stakeholders/organisations/" + id).select(".timeline").text()
                .contains("Uppföljd " + today));
        // done twice: refused, nothing changes
        assertEquals(400, client.post(done).status());

        String json = client.okJson("/api/v1/stakeholders/organisations/" + id + "/engagements").body();
        assertTrue(json.contains("\"kind\":\"WORKSHOP\"") && json.contains("\"issueRef\":42"), json);
    }

    @Test
    void anEntryNamingAPersonIsOnTheirTimelineAndTheNameOnlyForAdmins() {
        WebClient client = signedIn(admin);
        long id = organisation(client, Fixtures.unique("Hyresgästföreningen"));
        String location = client.post("/stakeholders/new-contact", "name", "Pia Person", "lawfulBasis", "PUBLIC_TASK")
                .expect(303).location();
        long contact = Long.parseLong(location.replaceAll(".*/contacts/(\\d+).*", "$1"));
        client.post("/stakeholders/contacts/" + contact + "/roles", "other", id, "label", "Ordförande").expect(303);
        client.post("/stakeholders/organisations/" + id + "/engagements", "kind", "PHONE", "other", contact,
                "occurredOn", today.toString(), "summary", "Ringde om hyresdialogen").expect(303);
        client.post("/stakeholders/contacts/" + contact + "/engagements", "kind", "LETTER",
                "occurredOn", today.minusDays(1).toString(), "summary", "Skickade inbjudan").expect(303);

        Document person = client.page("/stakeholders/contacts/" + contact);
        assertEquals(List.of("Ringde om hyresdialogen", "Skickade inbjudan"),
                person.select(".timeline-entry > p:nth-child(2)").eachText());
        Document org = client.page("/stakeholders/organisations/" + id);
        assertTrue(org.select(".timeline").text().contains("Pia Person"));
        assertFalse(org.select(".timeline").text().contains("Skickade inbjudan"), "a person-only entry");

        Document forAnalyst = signedIn(analyst).page("/stakeholders/organisations/" + id);
        assertTrue(forAnalyst.select(".timeline").text().contains("Ringde om hyresdialogen"));
        assertFalse(forAnalyst.text().contains("Pia Person"));
        assertEquals(403, signedIn(analyst).post("/stakeholders/organisations/" + id + "/engagements", "kind", "PHONE",
                "other", contact, "occurredOn", today.toString(), "summary", "x").status());
    }

    @Test
    void aWrongEntryKeepsWhatWasTyped() {
        WebClient client = signedIn(analyst);
        long id = organisation(client, Fixtures.unique("Fel"));
        Document page = client.post("/stakeholders/organisations/" + id + "/engagements", "kind", "AGREEMENT",
                "occurredOn", "2025-05-01", "summary", "Avtal om parken", "expiresOn", "2025-01-01",
                "followUpOn", "2025-02-31").expect(422).document();
        assertEquals(List.of("#agreementKind", "#expiresOn", "#followUpOn"),
                page.select(".error-summary a").eachAttr("href"));
        assertEquals("AGREEMENT", page.selectFirst("#kind option[selected]").val());
        assertEquals("Avtal om parken", page.selectFirst("#summary").text());
        assertEquals("2025-01-01", page.selectFirst("#expiresOn").val());
        Document workshop = client.post("/stakeholders/organisations/" + id + "/engagements", "kind", "WORKSHOP",
                "occurredOn", "2025-05-01", "summary", "").expect(422).document();
        assertEquals(List.of("#summary", "#issueRef"), workshop.select(".error-summary a").eachAttr("href"));
        assertTrue(client.page("/stakeholders/organisations/" + id).select(".timeline").isEmpty());
    }

    @Test
    void aLongTimelineComesInPagesNewestFirst() {
        WebClient client = signedIn(analyst);
        long id = organisation(client, Fixtures.unique("Aktiva föreningen"));
        for (int i = 0; i <= Engagements.PAGE_SIZE; i++) {
            client.post("/stakeholders/organisations/" + id + "/engagements", "kind", "LETTER",
                    "occurredOn", today.minusDays(i).toString(), "summary", "Brev " + i).expect(303);
        }
        Document first = client.page("/stakeholders/organisations/" + id);
        assertEquals(Engagements.PAGE_SIZE, first.select(".timeline-entry").size());
        assertEquals("Brev 0", first.selectFirst(".timeline-entry > p:nth-child(2)").text());
        assertEquals(List.of("Äldre kontakter"), first.select("nav.pager a").eachText());
        Document second = client.page(first.selectFirst("nav.pager a").attr("href").replaceAll("#.*", ""));
        assertEquals(List.of("Brev " + Engagements.PAGE_SIZE), second.select(".timeline-entry > p:nth-child(2)")
                .eachText());
        assertEquals(List.of("Nyare kontakter"), second.select("nav.pager a").eachText());
    }

    @Test
    void anAgreementTaggedWithATargetIsEvidenceForIt() {
        WebClient client = signedIn(analyst);
        long id = organisation(client, Fixtures.unique("Energikontoret"));
        long target = catalogue.element("agenda2030", "7.2", null).id();
        long other = catalogue.element("agenda2030", "13.2", null).id();
        client.post("/stakeholders/organisations/" + id + "/targets", "targets", target).expect(303);
        Document refused = client.post("/stakeholders/organisations/" + id + "/engagements", "kind", "AGREEMENT",
                "agreementKind", "AGREEMENT", "occurredOn", "2025-06-01", "summary", "Avtal om solceller",
                "targets", other).expect(422).document();
        assertEquals(List.of("#targets"), refused.select(".error-summary a").eachAttr("href"));
        assertEquals("Avtal om solceller", refused.selectFirst("#summary").text());
        client.post("/stakeholders/organisations/" + id + "/engagements", "kind", "AGREEMENT",
                "agreementKind", "AGREEMENT", "occurredOn", "2025-06-01", "summary", "Avtal om solceller",
                "targets", target).expect(303);
        List<String> statements = evidence.evidenceFor(home.id(), List.of(target)).stream()
                .filter(e -> e.source().equals("stakeholder")
                        && e.type() == se.samrad.goals.evidence.Evidence.Type.STATEMENT)
                .map(se.samrad.goals.evidence.Evidence::label).toList();
        assertEquals(List.of("Avtal om solceller"), statements);
        assertTrue(evidence.evidenceFor(home.id(), List.of(other)).stream()
                .noneMatch(e -> e.source().equals("stakeholder")));
    }
}
