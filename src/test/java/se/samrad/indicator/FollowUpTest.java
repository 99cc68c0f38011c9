package se.samrad.indicator;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk values from CSV, XLSX and the API; the follow-up table, its exports, deviations and the published page. */
@MicronautTest(transactional = false)
class FollowUpTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject GoalCatalogue catalogue;

    Organisation home;
    WebClient analyst;
    long waste;
    long school;

    @BeforeAll
    void indicators() {
        home = fixtures.organisation("Uppföljningsby");
        Account account = fixtures.account(home, Role.ANALYST, Role.FACILITATOR);
        analyst = new WebClient(server.getURI());
        analyst.signIn(account.email(), Fixtures.PASSWORD);
        waste = create("=HYPERLINK(\"x\") Matsvinn", "", "LOWER");
        school = create("Behörighet till yrkesprogram", "N15428", "HIGHER");
        analyst.post("/indicators/" + waste + "/goals", "targets",
                Long.toString(catalogue.element("agenda2030", "12.3", null).id())).expect(303);
        analyst.post("/indicators/" + school + "/goals", "targets",
                Long.toString(catalogue.element("agenda2030", "4.1", null).id())).expect(303);
        analyst.post("/indicators/" + waste + "/targets", "targetYear", "2030", "targetValue", "40").expect(303);
    }

    long create(String title, String kolada, String direction) {
        String location = analyst.post("/indicators/new", "title", title, "koladaId", kolada, "direction", direction,
                "steeringDocument", "Hållbarhetsprogram 2030").expect(303).location();
        return Long.parseLong(location.replaceAll(".*/indicators/(\\d+).*", "$1"));
    }

    String status(Document page) {
        return page.selectFirst("[role=status] p").text();
    }

    @Test
    void aBulkSheetUpdatesManyIndicatorsAtOnceAndTwiceChangesNothing() throws Exception {
        String csv = "indicator;series;year;gender;value\n"
                + waste + ";;2019;;62\n" + waste + ";;2023;;66,5\n" + waste + ";0000;2023;;48\n"
                + "N15428;OWN;2019;T;84\n" + "N15428;;2023;;86\n" + "N99999;;2023;;1\n" + waste + ";;20x3;;1\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        Document first = analyst.multipart("/indicators/import/values", Map.of(), "values.csv", bytes)
                .expect(200).document();
        assertTrue(status(first).startsWith("5 nya värden, 0 ändrade, 0 oförändrade"), status(first));
        assertEquals("Rader som inte gick att läsa: 7, 8.", first.select("[role=status] p").get(1).text());
        Document second = analyst.multipart("/indicators/import/values", Map.of(), "values.csv", bytes)
                .expect(200).document();
        assertTrue(status(second).startsWith("0 nya värden, 0 ändrade, 5 oförändrade"), status(second));

        // The same as XLSX, with one value changed.
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet();
            String[][] rows = {{"indicator", "year", "value"}, {"N15428", "2023", "87"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c > 0) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        Document sheet = analyst.multipart("/indicators/import/values", Map.of(), "values.xlsx", xlsx)
                .expect(200).document();
        assertTrue(status(sheet).startsWith("0 nya värden, 1 ändrade, 0 oförändrade"), status(sheet));

        // Other systems send the same over the API.
        String json = analyst.postJson("/api/v1/indicators/values",
                "[{\"indicator\":\"N15428\",\"year\":2023,\"value\":87},{\"indicator\":\"" + school
                        + "\",\"year\":2021,\"value\":85}]").expect(200).body();
        assertEquals("{\"added\":1,\"changed\":0,\"unchanged\":1}", json);
        WebClient.Response bad = analyst.postJson("/api/v1/indicators/values",
                "[{\"indicator\":\"N15428\",\"year\":2023,\"gender\":\"X\",\"value\":1}]");
        assertEquals(400, bad.status());
        assertFalse(bad.body().contains("\"added\""));
    }

    @Test
    void theFollowUpTableGroupsByGoalChoosesColumnsAndExports() throws Exception {
        analyst.post("/indicators/" + school + "/values", "series", "OWN", "year", "2018", "value", "80").expect(303);
        analyst.post("/indicators/" + school + "/values", "series", "OWN", "year", "2022", "value", "88").expect(303);
        Document table = analyst.page("/indicators/follow-up?group=GOAL");
        List<String> headings = table.select("main h2").eachText();
        assertTrue(headings.stream().anyMatch(h -> h.startsWith("4 ")), headings.toString());
        assertTrue(headings.stream().anyMatch(h -> h.startsWith("12 ")), headings.toString());
        assertTrue(table.select("table.follow-up th[scope=row]").eachText().contains("Behörighet till yrkesprogram"));
        assertTrue(table.select("table.follow-up thead").first().text().contains("Önskat läge"));

        Document narrow = analyst.page("/indicators/follow-up?group=DIMENSION&col=SIGNAL&col=LATEST");
        assertEquals(List.of("Titel", "Nuläge", "Signal").size(),
                narrow.select("table.follow-up").first().select("thead th").size());

        WebClient.Response csv = analyst.get("/indicators/follow-up.csv?col=TARGET&col=SIGNAL");
        assertEquals(200, csv.status());
        String text = csv.body();
        assertTrue(text.startsWith("\uFEFFGrupp,Namn,Relevant mål,Signal"), text);
        assertTrue(text.contains("'=HYPERLINK"), "a formula is neutralised: " + text);
        assertTrue(text.contains("12.3 "), text);

        byte[] xlsx = analyst.getBytes("/indicators/follow-up.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var header = book.getSheetAt(0).getRow(0);
            assertEquals("Namn", header.getCell(1).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING,
                    book.getSheetAt(0).getRow(1).getCell(1).getCellType());
        }
    }

    @Test
    void deviationsComeFirstAndOneClickStartsAWorkshopOnTheCauses() {
        analyst.post("/indicators/" + waste + "/values", "series", "OWN", "year", "2015", "value", "60").expect(303);
        analyst.post("/indicators/" + waste + "/values", "series", "OWN", "year", "2024", "value", "70").expect(303);
        Document page = analyst.page("/indicators/deviations");
        List<String> rows = page.select("tbody th[scope=row]").eachText();
        assertTrue(rows.contains("=HYPERLINK(\"x\") Matsvinn"), rows.toString());
        var form = page.selectFirst("form[action=/indicators/" + waste + "/start/workshop]");
        assertEquals("Starta en workshop om orsakerna =HYPERLINK(\"x\") Matsvinn", form.selectFirst("button").text());
        String location = analyst.post(form.attr("action")).expect(303).location();
        assertTrue(location.matches("/workshops/\\d+"), location);
        assertTrue(analyst.page(location).text().contains("Varför avviker"));
    }

    @Test
    void theFollowUpIsPublicOnlyWhenPublished() {
        WebClient anyone = new WebClient(server.getURI());
        assertEquals(404, anyone.get("/follow-up/" + home.id()).status());
        assertEquals(404, anyone.getJson("/api/v1/indicators/public/" + home.id()).status());
        analyst.post("/indicators/import/settings", "koladaMunicipality", "", "published", "on").expect(303);
        Document page = anyone.page("/follow-up/" + home.id());
        assertEquals("Vår hållbarhetsuppföljning", page.selectFirst("h1").text());
        assertTrue(page.select("a[href^=/indicators/]").isEmpty(), "no staff links on the public page");
        assertTrue(anyone.getJson("/api/v1/indicators/public/" + home.id()).expect(200).body()
                .contains("Behörighet till yrkesprogram"));
        analyst.post("/indicators/import/settings", "koladaMunicipality", "").expect(303);
        assertEquals(404, anyone.get("/follow-up/" + home.id()).status());
    }
}
