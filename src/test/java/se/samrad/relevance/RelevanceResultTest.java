package se.samrad.relevance;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceReader;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.WebClient;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The result of a round: the heat map with every value written out, the overall relevance and how it was derived,
 * the analysis group's own value (with a reason) and prioritisation (with a justification), suggested candidates,
 * the round as evidence of kind {@code relevance}, the JSON API, and next year's round started from this one with
 * what changed since.
 */
@MicronautTest(transactional = false)
class RelevanceResultTest extends RelevanceIntegrationTest {

    @Inject EvidenceReader evidence;

    Organisation home;
    Account analyst;
    Account council;
    OrgUnit school;
    OrgUnit care;
    GoalElement t41;
    GoalElement t42;
    GoalElement t43;
    long round;

    @BeforeAll
    void data() {
        home = fixtures.organisation("Resultby");
        Account admin = fixtures.account(home, Role.ORG_ADMIN);
        analyst = fixtures.account(home, Role.ANALYST);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        var actor = accounts.toUser(admin);
        school = organisations.createUnit(actor, "Skola", UnitKind.ADMINISTRATION, null);
        care = organisations.createUnit(actor, "Omsorg", UnitKind.ADMINISTRATION, null);
        GoalElement goal4 = catalogue.element("agenda2030", "4", null);
        t41 = goal4.children().get(0);
        t42 = goal4.children().get(1);
        t43 = goal4.children().get(2);
        WebClient client = signedIn(analyst);
        String location = client.post("/relevance/new", Map.of("year", "2025", "title", "Kartläggning",
                "units", List.of(school.id(), care.id()), "deadline", "2025-04-30")).expect(303).location();
        round = roundAt(location);
        assess(client, round, school, Map.of(t41, "HIGH", t42, "LOW", t43, "MEDIUM"));
        assess(client, round, care, Map.of(t41, "MEDIUM", t42, "NOT_RELEVANT"));
    }

    void assess(WebClient client, long roundId, OrgUnit unit, Map<GoalElement, String> values) {
        Map<String, Object> form = new java.util.HashMap<>();
        values.forEach((target, value) -> form.put("e" + target.id() + "-relevance", value));
        form.put("e" + t41.id() + "-control", "WE_DECIDE");
        form.put("action", "save");
        client.post("/relevance/rounds/" + roundId + "/units/" + unit.id() + "/goals/" + t41.parentId(), form)
                .expect(303);
    }

    static List<String> cells(Document page, GoalElement target) {
        Element row = page.getElementById("t-" + target.id());
        assertNotNull(row, target.code());
        return row.select("td").eachText();
    }

    @Test
    void theHeatMapWritesEveryValueOutAndSaysHowTheOverallWasDerived() {
        WebClient client = signedIn(analyst);
        // The analysis group's own value needs a reason; the form comes back with what was typed.
        WebClient.Response missing = client.post("/relevance/rounds/" + round + "/decisions/" + t42.id(),
                "overall", "MEDIUM", "justification", "Viktigt");
        assertEquals(422, missing.status());
        assertEquals("Skriv varför analysgruppen sätter en egen samlad relevans.",
                missing.document().selectFirst(".error-summary a[href=#overallReason]").text());
        assertEquals("Viktigt", missing.document().selectFirst("#justification").text());
        client.post("/relevance/rounds/" + round + "/decisions/" + t42.id(), "overall", "MEDIUM",
                "overallReason", "Vuxenutbildningen saknades i enkäten").expect(303);
        client.post("/relevance/rounds/" + round + "/decisions/" + t41.id(), "prioritised", "on",
                "justification", "Läsförståelsen sjunker").expect(303);

        Document result = signedIn(council).page("/relevance/rounds/" + round + "/result");
        // Units in name order (Omsorg, Skola), then overall, derivation, prioritisation.
        assertEquals(List.of("Medel", "Hög", "Hög", "Högsta bedömningen bland enheterna", "Prioriterat"),
                cells(result, t41));
        assertEquals(List.of("Inte relevant", "Låg", "Medel",
                "Analysgruppens beslut: Vuxenutbildningen saknades i enkäten", "–"), cells(result, t42));
        assertEquals(List.of("Inte bedömt än", "Medel", "Medel", "Högsta bedömningen bland enheterna", "–"),
                cells(result, t43));
        assertEquals("heat--p3", result.getElementById("t-" + t41.id()).select("td").get(1).className());
        assertTrue(result.select("#priorities-heading + ul li").text().contains("Läsförståelsen sjunker"));
        List<String> candidates = result.select("table[aria-labelledby=candidates-heading] tbody th").eachText();
        assertTrue(candidates.stream().anyMatch(c -> c.startsWith(t42.code() + " ")), candidates.toString());
        assertTrue(candidates.stream().noneMatch(c -> c.startsWith(t41.code() + " ")), "prioritised: no candidate");
        // each candidate's score says how it was made
        List<String> derivations = result.select("table[aria-labelledby=candidates-heading] tbody td .hint").eachText();
        assertTrue(derivations.contains("Av: medel relevans +2"), derivations.toString());

        List<Evidence> fromRound = evidence.evidenceFor(home.id(), List.of(t41.id())).stream()
                .filter(e -> e.source().equals("relevance") && e.sourceId() == round).toList();
        assertEquals(1, fromRound.size());
        assertEquals("HIGH PRIORITISED: Läsförståelsen sjunker", fromRound.get(0).label());
        assertEquals(2, fromRound.get(0).count());
        assertEquals("/relevance/rounds/" + round + "/result", fromRound.get(0).href());

        String json = signedIn(council).okJson("/api/v1/relevance/rounds/" + round).body();
        assertTrue(json.contains("\"code\":\"" + t41.code() + "\",\"units\":[\"MEDIUM\",\"HIGH\"],\"overall\":\"HIGH\","
                + "\"derivedFrom\":\"highest-of-units\""), json);
        assertTrue(json.contains("\"justification\":\"Läsförståelsen sjunker\""), json);
    }

    @Test
    void nextYearsRoundStartsFromThisOneAndShowsWhatChanged() {
        WebClient client = signedIn(analyst);
        String first = client.post("/relevance/rounds/" + round + "/next").expect(303).location();
        String again = client.post("/relevance/rounds/" + round + "/next").expect(303).location();
        assertEquals(first.replaceAll("\\?.*", ""), again.replaceAll("\\?.*", ""), "asking twice gives one round");
        long next = roundAt(first);
        Document round2 = client.page("/relevance/rounds/" + next);
        assertTrue(round2.selectFirst("h1").text().contains("2026"), round2.selectFirst("h1").text());

        String goalPath = "/relevance/rounds/" + next + "/units/" + school.id() + "/goals/" + t41.parentId();
        Document form = client.page(goalPath);
        assertTrue(form.selectFirst("#e" + t41.id() + "-relevance-HIGH").hasAttr("checked"), "last year's answer");
        Element lastYear = form.selectFirst("#e" + t41.id() + "-heading").parent()
                .selectFirst("a[href=/relevance/rounds/" + round + "/result]");
        assertNotNull(lastYear, "last year's assessment beside the target, linked to its result");

        assess(client, next, school, Map.of(t41, "LOW", t42, "LOW", t43, "HIGH"));
        assess(client, next, care, Map.of(t41, "LOW", t42, "NOT_RELEVANT"));
        Document result = client.page("/relevance/rounds/" + next + "/result");
        String changes = result.select("#changes-heading + ul").text();
        assertTrue(changes.contains(t41.code()) && changes.contains("från Hög till Låg"), changes);
        assertTrue(changes.contains(t43.code()) && changes.contains("från Medel till Hög"), changes);
    }

    @Test
    void theReportComesAsAWorkbookAndAPrintablePdf() throws Exception {
        WebClient client = signedIn(council);
        client.page("/relevance/rounds/" + round);
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String cookie = "samrad_session=" + client.cookie("samrad_session");
        java.net.http.HttpResponse<byte[]> xlsx = http.send(java.net.http.HttpRequest.newBuilder(server.getURI()
                .resolve("/relevance/rounds/" + round + "/report.xlsx")).header("Cookie", cookie).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("Mål", "Delmål", "", "Omsorg", "Skola", "Samlad relevans"), header.subList(0, 6));
            List<String> first = new java.util.ArrayList<>();
            sheet.getRow(1).forEach(c -> first.add(c.getStringCellValue()));
            assertEquals(List.of("1", "1.1"), first.subList(0, 2));
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(1).getStringCellValue().equals(t41.code())) {
                    assertEquals("Medel", row.getCell(3).getStringCellValue());
                    assertEquals("Hög", row.getCell(4).getStringCellValue());
                    assertEquals("Hög", row.getCell(5).getStringCellValue());
                    found = true;
                }
            }
            assertTrue(found);
        }
        java.net.http.HttpResponse<byte[]> pdf = http.send(java.net.http.HttpRequest.newBuilder(server.getURI()
                .resolve("/relevance/rounds/" + round + "/report.pdf")).header("Cookie", cookie).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Kartläggning 2025"), text);
            assertTrue(text.contains(t43.code()), text);
        }
    }

    @Test
    void aPublishedSummaryShowsResidentsThePrioritiesAndWhy() {
        WebClient client = signedIn(analyst);
        GoalElement t44 = catalogue.element("agenda2030", "4.4", null);
        client.post("/relevance/rounds/" + round + "/decisions/" + t44.id(), "prioritised", "on",
                "justification", "Vuxnas lärande").expect(303);
        WebClient resident = new WebClient(server.getURI());
        WebClient.Response hidden = resident.get("/relevance/public/" + round);
        assertEquals(404, hidden.status());
        assertTrue(hidden.body().contains("Sidan finns inte"), hidden.body());

        client.post("/relevance/rounds/" + round + "/publish", "published", "true").expect(303);
        Document summary = resident.page("/relevance/public/" + round);
        assertTrue(summary.selectFirst("h1").text().contains("2025"), summary.selectFirst("h1").text());
        Element priority = summary.getElementById("p-" + t44.id()).parent();
        assertTrue(priority.text().contains("Vuxnas lärande"), priority.text());
        assertTrue(priority.text().contains("0 svar från invånare"), priority.text());

        client.post("/relevance/rounds/" + round + "/publish", "published", "false").expect(303);
        assertEquals(404, resident.get("/relevance/public/" + round).status());
    }

    @Test
    void theAnalysisGroupWritesASwotPerDimensionLinkedToTargets() {
        WebClient client = signedIn(analyst);
        WebClient.Response wrong = client.post("/relevance/rounds/" + round + "/swot", "dimension", "SOCIAL",
                "kind", "WEAKNESS", "text", "Skillnader mellan bostadsområden", "targets", "4.1, 99.9");
        assertEquals(422, wrong.status());
        Document page = wrong.document();
        assertEquals("Ett av numren är inget delmål i Agenda 2030. Skriv till exempel 4.1, 10.2.",
                page.selectFirst(".error-summary a[href=#targets]").text());
        assertEquals("4.1, 99.9", page.selectFirst("#targets").val());
        assertEquals("Skillnader mellan bostadsområden", page.selectFirst("#text").text());

        client.post("/relevance/rounds/" + round + "/swot", "dimension", "SOCIAL", "kind", "WEAKNESS",
                "text", "Skillnader mellan bostadsområden", "targets", "4.1, 4.2").expect(303);
        Element social = signedIn(council).page("/relevance/rounds/" + round + "/result")
                .selectFirst("table[aria-labelledby=swot-social]");
        assertNotNull(social);
        Element row = social.selectFirst("tbody tr");
        assertEquals("Svaghet", row.selectFirst("th").text());
        assertEquals(List.of("/relevance/rounds/" + round + "/decisions/" + t41.id(),
                "/relevance/rounds/" + round + "/decisions/" + t42.id()), row.select("a").eachAttr("href"));
        assertTrue(social.select("form").isEmpty(), "council members do not remove points");
    }
}
