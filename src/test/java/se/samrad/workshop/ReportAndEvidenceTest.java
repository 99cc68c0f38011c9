package se.samrad.workshop;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceReader;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report and its exports; tagged output reaching target pages and the assessments' evidence read-side. */
@MicronautTest(transactional = false)
class ReportAndEvidenceTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;
    @Inject GoalCatalogue catalogue;
    @Inject EvidenceReader evidence;

    Organisation org;
    Account facilitatorAccount;
    Account analystAccount;
    Account strangerAccount;
    CurrentUser facilitator;
    Workshop workshop;
    long energy;
    long transport;
    long climate;

    @BeforeAll
    void session() {
        org = fixtures.organisation("Rapportby");
        facilitatorAccount = fixtures.account(org, Role.FACILITATOR);
        analystAccount = fixtures.account(org, Role.ANALYST);
        strangerAccount = fixtures.account(fixtures.organisation("Annanstans"), Role.ANALYST);
        facilitator = directory.toUser(facilitatorAccount);
        energy = catalogue.agenda2030().element("7.2").orElseThrow().id();
        transport = catalogue.agenda2030().element("11.2").orElseThrow().id();
        climate = catalogue.agenda2030().element("13.2").orElseThrow().id();
        workshop = workshops.create(facilitator, "Synergier i Agenda 2030-arbetet", "", true);
        Activity ideas = workshops.addActivity(facilitator, workshop.id(), ActivityKind.IDEAS, "Möjligheter", "",
                ActivityConfig.empty());
        Activity sdg = workshops.addActivity(facilitator, workshop.id(), ActivityKind.SDG_MATRIX, "Samspel", "",
                new ActivityConfig(List.of(), false, 1, 5, 0, 0, List.of(), 0, null, List.of(energy, transport, climate), false));
        Activity poll = workshops.addActivity(facilitator, workshop.id(), ActivityKind.POLL, "Prioritet", "",
                WorkshopActivitiesTest.options(List.of("=Energi", "Trafik"), false));
        for (Activity a : List.of(ideas, sdg, poll)) {
            workshops.control(facilitator, workshop.id(), EventType.STARTED, a.id(), Map.of());
        }
        Participant p = participants.join(workshop, "Anna").participant();
        long idea = participants.submit(p, "i", EventType.IDEA, ideas.id(), Map.of("text", "Laddinfrastruktur ger bättre luft")).event().seq();
        long spam = participants.submit(p, "s", EventType.IDEA, ideas.id(), Map.of("text", "Olämpligt inlägg")).event().seq();
        workshops.control(facilitator, workshop.id(), EventType.HIDDEN, ideas.id(), Map.of("item", spam));
        participants.submit(p, "c", EventType.SCORE, sdg.id(), Map.of("row", 0, "col", 2, "value", 2));
        participants.submit(p, "v", EventType.VOTE, poll.id(), Map.of("options", List.of(0)));
        workshops.tag(facilitator, workshop.id(), ideas.id(), idea, Set.of(transport));
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    @Test
    void theReportExportsAsCsvXlsxAndPdfForTheOrganisationsStaffOnly() throws Exception {
        WebClient analyst = signedIn(analystAccount);
        String base = "/workshops/" + workshop.id() + "/report";
        String page = analyst.get(base).body();
        assertTrue(page.contains("Laddinfrastruktur ger bättre luft"));
        assertFalse(page.contains("Olämpligt inlägg"), "hidden items stay out of the report");
        assertTrue(page.contains("heatmap"));

        WebClient.Response csv = analyst.get(base + "/workshop.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFF"), "a byte-order mark for spreadsheet programs");
        java.util.Set<String> cells = new java.util.HashSet<>();
        csv.body().lines().skip(1).forEach(line -> cells.addAll(java.util.Arrays.asList(line.split(","))));
        assertTrue(cells.contains("Laddinfrastruktur ger bättre luft"), csv.body());
        assertTrue(cells.contains("7.2 -> 13.2"));
        assertTrue(cells.contains("'=Energi"), "a formula-like cell is neutralised");
        assertFalse(csv.body().contains("Olämpligt"));

        HttpClient http = HttpClient.newHttpClient();
        String cookie = "samrad_session=" + analyst.cookie("samrad_session");
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(server.getURI().resolve(base + "/workshop.xlsx"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("Data", book.getSheetAt(0).getSheetName());
            assertEquals(2.0, book.getSheet("SDG 1").getRow(2).getCell(3).getNumericCellValue());
        }
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(server.getURI().resolve(base + "/workshop.pdf"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4));
        assertEquals(404, signedIn(strangerAccount).get(base + "/workshop.csv").status());
    }

    @Test
    void taggedItemsAndMatricesReachAssessmentsAndTargetPages() {
        List<Evidence> found = evidence.evidenceFor(org.id(), List.of(transport));
        assertTrue(found.stream().anyMatch(e -> e.type() == Evidence.Type.STATEMENT
                && e.label().equals("Laddinfrastruktur ger bättre luft") && e.source().equals("workshop")));
        List<Evidence> matrix = evidence.evidenceFor(org.id(), List.of(climate));
        assertTrue(matrix.stream().anyMatch(e -> e.type() == Evidence.Type.ITEM && e.count() == 1
                && e.label().contains(energy + "->" + climate)), matrix.toString());
        Organisation other = fixtures.organisation("Tom");
        assertTrue(evidence.evidenceFor(other.id(), List.of(transport, climate)).stream()
                .noneMatch(e -> e.source().equals("workshop")));

        String targetPage = signedIn(analystAccount).get("/goals/agenda2030/11.2").body();
        assertTrue(targetPage.contains("Laddinfrastruktur ger bättre luft"));
        assertFalse(signedIn(strangerAccount).ok("/goals/agenda2030/11.2").body().contains("Laddinfrastruktur"));
        assertFalse(new WebClient(server.getURI()).ok("/goals/agenda2030/11.2").body().contains("Laddinfrastruktur"));
    }
}
