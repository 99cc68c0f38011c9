package se.samrad.indicator;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18's "Done when", walked through over HTTP as an analyst would: import the catalogue, follow ten KPIs and
 * make two own indicators, import values for the municipality and its comparison group from files, set targets for
 * 2030, link them to Agenda 2030 targets and the Vision 2040 focus areas, see signals, trends and charts (in Swedish
 * and Persian), export the follow-up table as XLSX and PDF, publish it, and start a workshop from a deviation.
 */
@MicronautTest(transactional = false)
class IndicatorWalkThroughTest extends IntegrationTest {

    /** The ten KPIs of the fixture and whether lower is better. */
    static final Map<String, String> KPIS = new LinkedHashMap<>();

    static {
        for (String kpi : List.of("N00401", "N85072", "N00957")) {
            KPIS.put(kpi, "LOWER");
        }
        for (String kpi : List.of("N15428", "N15419", "N17473", "N45925", "N00570", "U07514", "N00925")) {
            KPIS.put(kpi, "HIGHER");
        }
    }

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject GoalCatalogue catalogue;

    static long id(String location) {
        return Long.parseLong(location.replaceAll(".*/indicators/(\\d+).*", "$1"));
    }

    @Test
    void anAnalystFollowsTwelveIndicatorsFromImportToAWorkshopOnADeviation() throws Exception {
        Organisation home = fixtures.organisation("Genomgångsby");
        Account account = fixtures.account(home, Role.ORG_ADMIN, Role.ANALYST, Role.FACILITATOR);
        WebClient analyst = new WebClient(server.getURI());
        analyst.signIn(account.email(), Fixtures.PASSWORD);

        // 1. The catalogue from a file (rKolada's array of ten KPIs), then ten KPIs followed.
        byte[] kpiFile = KoladaStub.fixture("kpi-ten.json").getBytes(StandardCharsets.UTF_8);
        Document catalogued = analyst.multipart("/indicators/import/catalogue", Map.of(), "kpi-ten.json", kpiFile)
                .expect(200).document();
        java.util.regex.Matcher counted = java.util.regex.Pattern.compile(
                "(\\d+) nya nyckeltal, (\\d+) ändrade, (\\d+) oförändrade\\.")
                .matcher(catalogued.selectFirst("[role=status] p").text());
        assertTrue(counted.matches(), catalogued.selectFirst("[role=status] p").text());
        assertEquals(10, Integer.parseInt(counted.group(1)) + Integer.parseInt(counted.group(2))
                + Integer.parseInt(counted.group(3)), "the catalogue is shared: new or known, ten in all");
        assertTrue(analyst.page("/indicators/kolada?q=behöriga").select("tbody th").eachText().contains("N15428"));
        Map<String, Long> ids = new LinkedHashMap<>();
        KPIS.forEach((kpi, direction) -> ids.put(kpi, id(analyst.post("/indicators/kolada/follow", "kpi", kpi,
                "direction", direction).expect(303).location())));

        // 2. Two own indicators.
        long waste = id(analyst.post("/indicators/new", "title", "Matsvinn i skolmåltider", "unit", "g per portion",
                "direction", "LOWER", "keyword", "Minskat matsvinn", "steeringDocument", "Hållbarhetsprogram 2030",
                "source", "Kostenheten").expect(303).location());
        long transit = id(analyst.post("/indicators/new", "title", "Resor med kollektivtrafik", "unit", "%",
                "direction", "HIGHER", "source", "Resvaneundersökningen").expect(303).location());

        // 3. The municipality (Västerås, 1980), its comparison group, values from Kolada's JSON and a bulk sheet.
        analyst.post("/indicators/import/settings", "koladaMunicipality", "1980").expect(303);
        analyst.post("/indicators/import/areas", "code", "1984", "areaTitle", "Arboga").expect(303);
        analyst.post("/indicators/import/areas", "code", "1983", "areaTitle", "Köping").expect(303);
        byte[] values = KoladaStub.fixture("values-ten.json").getBytes(StandardCharsets.UTF_8);
        Document imported = analyst.multipart("/indicators/import/values", Map.of(), "values-ten.json", values)
                .expect(200).document();
        // 10 KPIs x 9 years x (own, Arboga, Köping, Riket), five of them also per gender (K, M): 720 values.
        assertTrue(imported.selectFirst("[role=status] p").text().startsWith("720 nya värden, 0 ändrade, 0 oförändrade;"
                + " 0 hoppades över"), imported.selectFirst("[role=status] p").text());
        StringBuilder sheet = new StringBuilder("indicator;series;year;gender;value\n");
        int[] wasteValues = {50, 51, 53, 55, 58};
        for (int i = 0; i < 5; i++) {
            sheet.append(waste).append(";;").append(2019 + i).append(";;").append(wasteValues[i]).append('\n');
            sheet.append(transit).append(";;").append(2019 + i).append(";;").append(21 + i).append(",5\n");
            sheet.append(waste).append(";0000;").append(2019 + i).append(";;48\n");
        }
        Document bulk = analyst.multipart("/indicators/import/values", Map.of(), "own.csv",
                sheet.toString().getBytes(StandardCharsets.UTF_8)).expect(200).document();
        assertTrue(bulk.selectFirst("[role=status] p").text().startsWith("15 nya värden"), bulk.text());

        // 4. Targets for 2030 and links to Agenda 2030 targets and the Vision 2040 focus areas.
        String vision = analyst.post("/goals/own", "name-sv", "Vision 2040").expect(303).location()
                .replace("/goals/", "");
        analyst.post("/goals/own/" + vision + "/goals", "title-sv", "Ett hållbart samhälle").expect(303);
        analyst.post("/goals/own/" + vision + "/goals", "title-sv", "Livskvalitet för alla").expect(303);
        long sustainable = catalogue.element(vision, "1", home.id()).id();
        long quality = catalogue.element(vision, "2", home.id()).id();
        List<Long> all = new ArrayList<>(ids.values());
        all.add(waste);
        all.add(transit);
        for (long indicator : all) {
            String target = indicator == waste ? "40" : indicator == transit ? "35" : "";
            if (target.isEmpty()) {
                target = analyst.getJson("/api/v1/indicators/" + indicator).body()
                        .contains("\"direction\":\"LOWER\"") ? "1" : "95";
            }
            analyst.post("/indicators/" + indicator + "/targets", "targetYear", "2030", "targetValue", target,
                    "note", "Målnivå i Hållbarhetsprogram 2030").expect(303);
            boolean health = indicator == ids.get("N00957") || indicator == ids.get("N00925");
            String sdg = indicator == waste ? "12.3" : indicator == transit ? "11.2" : health ? "3.4" : "4.1";
            analyst.post("/indicators/" + indicator + "/goals", "targets",
                    List.of(Long.toString(catalogue.element("agenda2030", sdg, null).id()),
                            Long.toString(health ? quality : sustainable))).expect(303);
        }

        // 5. Signals, trends and charts: words, an icon and a colour; the chart with its table; in Persian too.
        Document wastePage = analyst.page("/indicators/" + waste);
        assertEquals("Rör sig bort från målet", wastePage.selectFirst(".signal").ownText().strip());
        assertTrue(wastePage.selectFirst(".signal span[aria-hidden=true]").text().length() == 1);
        assertTrue(wastePage.selectFirst(".trend").text().contains("åt fel håll"), wastePage.selectFirst(".trend").text());
        assertTrue(wastePage.selectFirst("svg[role=img] title").text().equals("Matsvinn i skolmåltider"));
        assertTrue(wastePage.select("svg.chart--lines .chart__legend").eachText()
                .contains("Framskrivningens osäkerhet (90 %)"));
        List<String> yearRows = wastePage.select("table:has(caption) tbody th[scope=row]").eachText();
        assertTrue(yearRows.containsAll(List.of("2019", "2023", "2030")), yearRows.toString());
        assertTrue(wastePage.select("a[href^=/goals/agenda2030/12.3]").size() == 1);
        assertTrue(wastePage.select("a[href^=/goals/" + vision + "/1]").size() == 1);
        Document persian = analyst.acceptLanguage("fa").page("/indicators/" + waste);
        assertEquals("rtl", persian.selectFirst("html").attr("dir"));
        assertEquals("در حال دور شدن از هدف", persian.selectFirst(".signal").ownText().strip());
        analyst.acceptLanguage("sv");
        Document kpiPage = analyst.page("/indicators/" + ids.get("N15428"));
        assertTrue(kpiPage.text().contains("Källa: Kolada"));
        assertEquals(4, kpiPage.select("table[aria-labelledby=comparison-heading] tbody tr").size());
        Document list = analyst.page("/indicators");
        assertEquals(12, list.select("svg.sparkline").size());

        // 6. The follow-up table, grouped by goal (the focus areas among them), as XLSX and PDF.
        Document table = analyst.page("/indicators/follow-up?group=GOAL");
        List<String> groups = table.select("main h2").eachText();
        assertTrue(groups.stream().anyMatch(g -> g.contains("Ett hållbart samhälle")), groups.toString());
        assertTrue(groups.stream().anyMatch(g -> g.startsWith("12 ")), groups.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                analyst.getBytes("/indicators/follow-up.xlsx?group=GOAL")))) {
            assertTrue(book.getSheetAt(0).getLastRowNum() >= 24, "two links for each of twelve indicators");
        }
        byte[] pdf = analyst.getBytes("/indicators/follow-up.pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        byte[] persianPdf = analyst.acceptLanguage("fa").getBytes("/indicators/follow-up.pdf");
        assertEquals("%PDF", new String(persianPdf, 0, 4, StandardCharsets.US_ASCII));
        analyst.acceptLanguage("sv");

        // 7. Published for residents.
        WebClient resident = new WebClient(server.getURI());
        assertEquals(404, resident.get("/follow-up/" + home.id()).status());
        analyst.post("/indicators/import/settings", "koladaMunicipality", "1980", "published", "on").expect(303);
        Document published = resident.page("/follow-up/" + home.id());
        assertTrue(published.text().contains("Matsvinn i skolmåltider"));
        assertTrue(published.select("a[href^=/indicators/]").isEmpty());

        // 8. From a deviation, a workshop on the causes; the indicator's page then lists it.
        Document deviations = analyst.page("/indicators/deviations");
        Element row = deviations.select("tbody tr").stream().filter(r -> r.text().contains("Matsvinn i skolmåltider"))
                .findFirst().orElseThrow();
        assertTrue(deviations.text().contains("Elever i åk 9 som uppnått betygskriterierna"), "a KPI moving away");
        String workshop = analyst.post(row.selectFirst("form[action$=/start/workshop]").attr("action"))
                .expect(303).location();
        assertTrue(analyst.page(workshop).text().contains("Varför avviker Matsvinn i skolmåltider?"));
        assertTrue(analyst.page("/indicators/" + waste).select(".indicator-inputs a").eachAttr("href")
                .contains(workshop));
    }
}
