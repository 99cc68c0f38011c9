package se.samrad.relevance;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unit's answer cites good-practice examples for a target, chosen from the library's published examples about it
 * (checkboxes beside the contribution): kept across saves, only what the list offered, shown linked on the decision
 * page, written in the workbook and the PDF, and carried into next year's round.
 */
@MicronautTest(transactional = false)
class RelevanceAnswerExamplesTest extends RelevanceIntegrationTest {

    Account admin;
    OrgUnit school;
    GoalElement t41;
    String homework;
    String coaches;
    String neighbours;
    long round;

    @BeforeAll
    void data() {
        Organisation home = fixtures.organisation("Exempelby");
        admin = fixtures.account(home, Role.ORG_ADMIN, Role.NETWORK_COORDINATOR);
        school = organisations.createUnit(accounts.toUser(admin), "Skola", UnitKind.ADMINISTRATION, null);
        t41 = catalogue.element("agenda2030", "4.1", null);
        WebClient client = signedIn(admin);
        homework = example(client, "Läxhjälp på biblioteket", true, "PUBLIC");
        coaches = example(client, "Mattecoacher i årskurs 4", true, "PUBLIC");
        example(client, "Ett utkast om skolan", false, "PUBLIC");
        Account neighbour = fixtures.account(fixtures.organisation("Grannby"), Role.ORG_ADMIN);
        neighbours = example(signedIn(neighbour), "Grannbys interna läxhjälp", true, "ORGANISATION");
        round = roundAt(client.post("/relevance/new", Map.of("year", "2026", "title", "Kartläggning",
                "units", school.id(), "deadline", "2026-06-01")).expect(303).location());
    }

    /** An example tagged with 4.1, published or left a draft; its page. */
    String example(WebClient client, String title, boolean publish, String visibility) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("lang", "sv");
        form.put("title-sv", title);
        form.put("visibility", visibility);
        form.put("targets", List.of(Long.toString(t41.id())));
        String page = client.post("/library/new", form).expect(303).location().replaceAll("\\?.*", "");
        if (publish) {
            client.post(page + "/publish", "note", "").expect(303);
        }
        return page;
    }

    String goalPath(long roundId) {
        return "/relevance/rounds/" + roundId + "/units/" + school.id() + "/goals/" + t41.parentId();
    }

    Map<String, Object> save(List<String> examples) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("e" + t41.id() + "-relevance", "HIGH");
        form.put("e" + t41.id() + "-examples", examples);
        form.put("action", "save");
        return form;
    }

    List<String> checked(Document form) {
        return form.select("input[name=e" + t41.id() + "-examples][checked]").eachAttr("value");
    }

    @Test
    void aUnitCitesExamplesFromTheLibraryAndTheReportShowsThem() throws Exception {
        WebClient client = signedIn(admin);
        Document form = client.page(goalPath(round));
        Element choices = form.selectFirst("fieldset#e" + t41.id() + "-examples");
        assertNotNull(choices, "the published examples about 4.1 are offered");
        assertEquals("Goda exempel som visar bidraget", choices.selectFirst("legend").text());
        List<String> labels = choices.select("label").eachText();
        assertTrue(labels.stream().anyMatch(l -> l.contains("Läxhjälp på biblioteket")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.contains("Mattecoacher i årskurs 4")), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.contains("Ett utkast")), "a draft is no choice: " + labels);
        assertTrue(labels.stream().noneMatch(l -> l.contains("Grannby")), "nor another's own example: " + labels);

        client.post(goalPath(round), save(List.of(homework, "/library/examples/999999", neighbours))).expect(303);
        client.post(goalPath(round), save(List.of(homework))).expect(303);
        Document saved = client.page(goalPath(round));
        assertEquals(List.of(homework), checked(saved), "what the list offered, once, however often it is sent");
        assertNotNull(saved.selectFirst("details.assess__more[open]"), "the part with the citation is open");

        Document decision = client.page("/relevance/rounds/" + round + "/decisions/" + t41.id());
        Element row = decision.select("table[aria-labelledby=units-heading] tbody tr").first();
        assertEquals(homework, row.selectFirst("a").attr("href"));
        assertEquals("Läxhjälp på biblioteket", row.selectFirst("a").text());

        String cookie = "samrad_session=" + client.cookie("samrad_session");
        HttpClient http = HttpClient.newHttpClient();
        byte[] xlsx = http.send(HttpRequest.newBuilder(server.getURI().resolve("/relevance/rounds/" + round
                + "/report.xlsx")).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("Goda exempel i enheternas svar");
            List<List<String>> rows = new ArrayList<>();
            for (var r : sheet) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(c.getStringCellValue()));
                rows.add(cells);
            }
            assertEquals(List.of(List.of("Enhet", "Delmål", "Exempel", "Länk"),
                    List.of("Skola", "4.1", "Läxhjälp på biblioteket", homework)), rows);
        }
        byte[] pdf = http.send(HttpRequest.newBuilder(server.getURI().resolve("/relevance/rounds/" + round
                + "/report.pdf")).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Goda exempel i enheternas svar") && text.contains("Läxhjälp på biblioteket"),
                    text);
        }

        long next = roundAt(client.post("/relevance/rounds/" + round + "/next", Map.of()).expect(303).location());
        assertEquals(List.of(homework), checked(client.page(goalPath(next))), "next year starts from this one");

        client.post(goalPath(round), save(List.of())).expect(303);
        assertEquals(List.of(), checked(client.page(goalPath(round))), "unticking removes the citation");
        assertTrue(client.page("/relevance/rounds/" + round + "/decisions/" + t41.id())
                .select("table[aria-labelledby=units-heading] tbody a").isEmpty());
    }
}
