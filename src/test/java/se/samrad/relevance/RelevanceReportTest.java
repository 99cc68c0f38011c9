package se.samrad.relevance;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The round's report (issue 19) carries the SWOT points in the workbook and the PDF, and Arabic and Persian written
 * into the round (a unit's name, a SWOT point) come out of the PDF shaped and in reading order.
 */
@MicronautTest(transactional = false)
class RelevanceReportTest extends RelevanceIntegrationTest {

    @Test
    void swotPointsAndRightToLeftTextReachTheWorkbookAndThePdf() throws Exception {
        Organisation home = fixtures.organisation("Rapportstad");
        Account admin = fixtures.account(home, Role.ORG_ADMIN);
        Account analyst = fixtures.account(home, Role.ANALYST);
        OrgUnit unit = organisations.createUnit(accounts.toUser(admin), "قسم التعليم", UnitKind.ADMINISTRATION,
                null);
        GoalElement goal4 = catalogue.element("agenda2030", "4", null);
        GoalElement t41 = goal4.children().get(0);
        WebClient client = signedIn(analyst);
        long round = roundAt(client.post("/relevance/new", Map.of("year", "2026", "title", "Rapport",
                "units", List.of(unit.id()), "deadline", "2026-04-30")).expect(303).location());
        client.post("/relevance/rounds/" + round + "/units/" + unit.id() + "/goals/" + goal4.id(),
                Map.of("e" + t41.id() + "-relevance", "HIGH", "action", "save")).expect(303);
        client.post("/relevance/rounds/" + round + "/swot", "dimension", "SOCIAL", "kind", "STRENGTH",
                "text", "=Starka skolor", "targets", "4.1").expect(303);
        client.post("/relevance/rounds/" + round + "/swot", "dimension", "ENVIRONMENTAL", "kind", "THREAT",
                "text", "نحتاج حافلات أكثر", "targets", "").expect(303);
        client.post("/relevance/rounds/" + round + "/swot", "dimension", "ECONOMIC", "kind", "OPPORTUNITY",
                "text", "پارک بیشتر می‌خواهیم", "targets", "").expect(303);

        client.page("/relevance/rounds/" + round);
        String cookie = "samrad_session=" + client.cookie("samrad_session");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(server.getURI()
                .resolve("/relevance/rounds/" + round + "/report.xlsx")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(1);
            assertEquals("SWOT per dimension", sheet.getSheetName());
            List<List<String>> rows = new ArrayList<>();
            for (var row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getStringCellValue()));
                rows.add(cells);
            }
            assertEquals(List.of("Dimension", "Slag", "Punkt", "Delmål", "Underlag"), rows.get(0));
            // a text starting with = stays text, never a formula
            assertEquals(List.of("Social", "Styrka", "=Starka skolor", "4.1", ""), rows.get(1));
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, sheet.getRow(1).getCell(2).getCellType());
            assertEquals("نحتاج حافلات أكثر", rows.get(2).get(2));
        }

        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(server.getURI()
                .resolve("/relevance/rounds/" + round + "/report.pdf")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertTrue(text.contains("=Starka skolor"), text);
            assertTrue(text.contains("Styrka"), text);
            // shaped and laid out right to left, the stripper reads it back in logical order
            assertTrue(text.contains("نحتاج حافلات أكثر"), text);
            assertTrue(text.contains("قسم التعليم"), text);
            assertTrue(text.contains("پارک بیشتر"), text);
        }
    }
}
