package se.samrad.relevance;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalElement;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.support.WebClient;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A SWOT point cites single pieces of evidence chosen from a list of what its targets' sources offer (here the
 * stakeholder register): shown linked on the result page and written in the workbook; a citation whose item its
 * source no longer offers is not shown but counted; a forged choice is refused with the choice kept; only the
 * analysis group chooses.
 */
@MicronautTest(transactional = false)
class RelevanceSwotEvidenceTest extends RelevanceIntegrationTest {

    Account analyst;
    Account council;
    Account stranger;
    GoalElement t116;
    long nature;
    long business;
    long round;
    String point;

    @BeforeAll
    void data() {
        Organisation home = fixtures.organisation("Citeby");
        Account admin = fixtures.account(home, Role.ORG_ADMIN);
        analyst = fixtures.account(home, Role.ANALYST);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        stranger = fixtures.account(fixtures.organisation("Annanby"), Role.ORG_ADMIN);
        OrgUnit unit = organisations.createUnit(accounts.toUser(admin), "Miljö", UnitKind.ADMINISTRATION, null);
        t116 = catalogue.element("agenda2030", "11.6", null);
        WebClient client = signedIn(analyst);
        nature = stakeholder(client, "Naturskyddsföreningen Citeby", "Mäter luften");
        business = stakeholder(client, "Företagarna Citeby", "Tunga transporter");
        round = roundAt(client.post("/relevance/new", Map.of("year", "2026", "title", "Omgång",
                "units", unit.id(), "deadline", "2026-06-01")).expect(303).location());
        client.post("/relevance/rounds/" + round + "/swot", "dimension", "SOCIAL", "kind", "STRENGTH",
                "text", "Ett starkt civilsamhälle mäter luften", "targets", "11.6").expect(303);
        point = client.page("/relevance/rounds/" + round + "/result").selectFirst("#swot ~ div a[href$=/evidence]")
                .attr("href");
    }

    long stakeholder(WebClient client, String name, String note) {
        String location = client.post("/stakeholders/new-organisation", "name", name, "kind", "CIVIL_SOCIETY")
                .expect(303).location();
        long id = Long.parseLong(location.replaceAll("^/stakeholders/organisations/(\\d+).*", "$1"));
        client.post("/stakeholders/organisations/" + id + "/targets", "targets", t116.id(), "note", note).expect(303);
        return id;
    }

    Element swotRow(Document result) {
        return result.select("#swot ~ div tbody tr").stream()
                .filter(tr -> tr.text().contains("Ett starkt civilsamhälle")).findFirst().orElseThrow();
    }

    @Test
    void aPointCitesChosenEvidenceUntilItsSourceNoLongerOffersIt() throws Exception {
        WebClient client = signedIn(analyst);
        Document form = client.page(point);
        Element fieldset = form.selectFirst("fieldset");
        assertTrue(fieldset.selectFirst("legend").text().startsWith("11.6 "), fieldset.text());
        List<Element> boxes = fieldset.select("input[type=checkbox][name=evidence]");
        assertEquals(2, boxes.size());
        for (Element box : boxes) {
            assertNotNull(form.selectFirst("label[for=" + box.id() + "]"), "each choice has its label");
        }
        String natureKey = keyFor(form, "Naturskyddsföreningen Citeby");
        String businessKey = keyFor(form, "Företagarna Citeby");

        String back = client.post(point, Map.of("evidence", List.of(natureKey, businessKey))).expect(303).location();
        assertEquals("/relevance/rounds/" + round + "/result?done=swot-cited#swot", back);
        Document result = client.page(back.replace("#swot", ""));
        assertEquals("Punktens underlag är sparat.", result.selectFirst(".notice").text());
        Element row = swotRow(result);
        assertEquals(List.of("/stakeholders/organisations/" + nature, "/stakeholders/organisations/" + business),
                row.select("ul.evidence a").eachAttr("href"));
        assertTrue(row.text().contains("Mäter luften") && row.text().contains("Tunga transporter"), row.text());
        assertEquals(2, client.page(point).select("input[name=evidence][checked]").size());

        WebClient.Response forged = client.post(point, Map.of("evidence", List.of(natureKey, "0".repeat(64))));
        assertEquals(422, forged.status());
        Document refused = forged.document();
        assertEquals("Något av det valda underlaget finns inte längre i sin källa. Välj igen bland det som visas.",
                refused.selectFirst(".error-summary a[href=#evidence]").text());
        assertEquals(List.of(natureKey), refused.select("input[name=evidence][checked]").eachAttr("value"));
        assertEquals(2, swotRow(client.page("/relevance/rounds/" + round + "/result")).select("ul.evidence li").size(),
                "a refused choice changes nothing");

        // The business organisation no longer says it cares about 11.6: its item is gone from the point.
        client.post("/stakeholders/organisations/" + business + "/targets", "note", "").expect(303);
        Element after = swotRow(client.page("/relevance/rounds/" + round + "/result"));
        assertEquals(List.of("/stakeholders/organisations/" + nature), after.select("ul.evidence a").eachAttr("href"));
        assertFalse(after.text().contains("Tunga transporter"), after.text());
        assertTrue(after.text().contains("1 citerat underlag finns inte längre i sin källa"), after.text());

        String cookie = "samrad_session=" + client.cookie("samrad_session");
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI()
                .resolve("/relevance/rounds/" + round + "/report.xlsx")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheet("SWOT per dimension");
            assertEquals("Underlag", sheet.getRow(0).getCell(4).getStringCellValue());
            String cited = sheet.getRow(1).getCell(4).getStringCellValue();
            assertTrue(cited.startsWith("Naturskyddsföreningen Citeby: ") && cited.contains("Mäter luften (/stakeholders/organisations/" + nature + ")"), cited);
            assertTrue(cited.endsWith("1 citerat underlag finns inte längre i sin källa (dolt, raderat eller ändrat)."), cited);
        }
    }

    @Test
    void onlyTheAnalysisGroupChoosesAndOtherOrganisationsFindNothing() {
        WebClient reader = signedIn(council);
        WebClient.Response page = reader.get(point);
        assertEquals(403, page.status());
        assertFalse(page.body().contains("Naturskyddsföreningen"), page.body());
        assertEquals(403, reader.post(point, Map.of("evidence", "x")).status());
        WebClient other = signedIn(stranger);
        WebClient.Response hidden = other.get(point);
        assertEquals(404, hidden.status());
        assertFalse(hidden.body().contains("Naturskyddsföreningen"), hidden.body());
        assertEquals(404, signedIn(analyst).get("/relevance/rounds/" + round + "/swot/999999/evidence").status());
    }

    static String keyFor(Document form, String stakeholder) {
        return form.select("input[name=evidence]").stream()
                .filter(box -> form.selectFirst("label[for=" + box.id() + "]").text().contains(stakeholder))
                .findFirst().orElseThrow().val();
    }
}
