package se.samrad.consequence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.WebClient;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case as an analyst makes it: details, targets, the do-nothing alternative from the start, alternatives A and B
 * with resources and priority; two assessors disagree on a cell, the owner settles it, the history keeps every
 * change, and the SKR matrix shows the values in words with their symbols.
 */
@MicronautTest(transactional = false)
class ConsequenceCaseTest extends ConsequenceIntegrationTest {

    Account owner;
    Account second;
    WebClient ownerClient;
    WebClient secondClient;

    @BeforeAll
    void data() {
        Organisation home = fixtures.organisation("Konsekvensby");
        owner = fixtures.account(home, Role.ANALYST);
        second = fixtures.account(home, Role.ANALYST);
        ownerClient = signedIn(owner);
        secondClient = signedIn(second);
    }

    @Test
    void aCaseHasDoNothingFromTheStartAndTakesAlternatives() {
        long id = newCase(ownerClient, "Minska matsvinnet", target("12.3"));
        Document page = ownerClient.page("/consequence/cases/" + id + "?done=created");
        assertTrue(page.text().contains("Ärendet är skapat"), page.text());
        assertTrue(page.text().contains("Nollalternativet: Vi gör ingenting (nollalternativet)"), page.text());
        assertTrue(page.text().contains("12.3"), page.text());
        assertTrue(page.text().contains("Kommunstyrelsen"), page.text());

        ownerClient.post("/consequence/cases/" + id + "/alternatives/new", Map.of("title", "Portionsvågar",
                "moneyOnce", "150 000", "priority", "1", "priorityReason", "Snabb effekt")).expect(303);
        ownerClient.post("/consequence/cases/" + id + "/alternatives/new", Map.of("title", "Ny meny")).expect(303);
        page = ownerClient.page("/consequence/cases/" + id);
        assertTrue(page.text().contains("Alternativ A: Portionsvågar"), page.text());
        assertTrue(page.text().contains("Alternativ B: Ny meny"), page.text());
    }

    @Test
    void badInputComesBackWithWhatWasTyped() {
        WebClient.Response response = ownerClient.post("/consequence/new", Map.of("title", "",
                "decisionDate", "förra veckan", "dialogues", "12, tolv"));
        assertEquals(422, response.status());
        Document page = response.document();
        assertTrue(page.text().contains("Ange ett datum som ÅÅÅÅ-MM-DD."), page.text());
        assertTrue(page.text().contains("Skriv nummer åtskilda med kommatecken."), page.text());
        assertEquals("förra veckan", page.getElementById("decisionDate").val());
        assertEquals("12, tolv", page.getElementById("dialogues").val());

        long id = newCase(ownerClient, "Belopp");
        WebClient.Response alt = ownerClient.post("/consequence/cases/" + id + "/alternatives/new",
                Map.of("title", "X", "moneyYearly", "mycket", "priority", "2"));
        assertEquals(422, alt.status());
        assertTrue(alt.body().contains("Ange ett belopp med siffror"), alt.body());
        assertTrue(alt.body().contains("Skriv varför alternativet får den prioriteten."), alt.body());
        assertEquals("mycket", alt.document().getElementById("moneyYearly").val());
    }

    @Test
    void twoAssessorsDisagreeAndTheOwnerSettles() {
        long t = target("12.3");
        long id = newCase(ownerClient, "Oenighet", t);
        ownerClient.post("/consequence/cases/" + id + "/alternatives/new", Map.of("title", "Portionsvågar"))
                .expect(303);
        Document casePage = ownerClient.page("/consequence/cases/" + id);
        String assessShort = casePage.select("a[href*=/assess/]").stream().map(a -> a.attr("href"))
                .filter(h -> h.endsWith("/short")).reduce((a, b) -> b).orElseThrow();
        String aspect = "T" + t;
        ownerClient.post(assessShort, Map.of(aspect + "-rating", "CLEARLY_POSITIVE", aspect + "-reason",
                "Mindre svinn direkt", "SOCIAL-rating", "NEUTRAL")).expect(303);
        secondClient.post(assessShort, Map.of(aspect + "-rating", "UNCERTAIN", aspect + "-reason",
                "Beror på personalen")).expect(303);

        Document sheet = ownerClient.page(assessShort);
        String cell = sheet.getElementById("a-" + aspect).text();
        assertTrue(cell.contains("Bedömarna är inte överens"), cell);
        assertTrue(cell.contains("++ Tydligt positiv") && cell.contains("? Osäker"), cell);
        assertTrue(sheet.getElementById("a-SOCIAL").text().contains("0 Ingen påverkan"));

        // Only the owner (or an admin) settles; the second assessor is refused.
        WebClient.Response refused = secondClient.post(assessShort + "/settle", Map.of("aspect", aspect,
                "settle-" + aspect + "-rating", "POSITIVE", "settle-" + aspect + "-note", "x"));
        assertEquals(403, refused.status());
        WebClient.Response noNote = ownerClient.post(assessShort + "/settle", Map.of("aspect", aspect,
                "settle-" + aspect + "-rating", "POSITIVE"));
        assertEquals(422, noNote.status());
        assertTrue(noNote.body().contains("Skriv varför det här värdet gäller."), noNote.body());

        ownerClient.post(assessShort + "/settle", Map.of("aspect", aspect, "settle-" + aspect + "-rating", "POSITIVE",
                "settle-" + aspect + "-note", "Effekt om vågarna används")).expect(303);
        cell = ownerClient.page(assessShort).getElementById("a-" + aspect).text();
        assertTrue(cell.contains("Gällande värde: + Positiv"), cell);
        assertTrue(cell.contains("Effekt om vågarna används"), cell);

        Document matrix = ownerClient.page("/consequence/cases/" + id + "/matrix");
        String table = matrix.selectFirst("table.matrix").text();
        assertTrue(table.contains("Alternativ A: Portionsvågar"), table);
        assertTrue(table.contains("Riskanalys: vad händer om vi inte gör något?"), table);
        assertTrue(table.contains("12.3") && table.contains("+ Positiv"), table);
        assertTrue(table.contains("Social dimension: 0 Ingen påverkan"), table);

        Document history = ownerClient.page("/consequence/cases/" + id + "/history");
        String rows = history.selectFirst("table").text();
        assertTrue(rows.contains("Fastställt värde") && rows.contains("Egen bedömning"), rows);
        assertEquals(4, history.select("tbody tr").size(), rows);
    }

    @Test
    void aBadRatingIsRefusedWithTheFormKept() {
        long id = newCase(ownerClient, "Fel skala");
        Document casePage = ownerClient.page("/consequence/cases/" + id);
        String assess = casePage.selectFirst("a[href*=/assess/]").attr("href");
        WebClient.Response response = ownerClient.post(assess, Map.of("SOCIAL-rating", "JÄTTEBRA",
                "SOCIAL-reason", "Min text"));
        assertEquals(422, response.status());
        assertTrue(response.body().contains("Välj en bedömning på skalan."), response.body());
        assertEquals("Min text", response.document().getElementById("SOCIAL-reason").text());
        assertEquals(List.of(), ownerClient.page("/consequence/cases/" + id + "/history").select("tbody tr")
                .eachText());
    }

    @Test
    void thePrioritisationWeighsEffectAgainstMoney() {
        long id = newCase(ownerClient, "Prioritera");
        ownerClient.post("/consequence/cases/" + id + "/alternatives/new", Map.of("title", "Vågar",
                "moneyOnce", "100000", "moneyYearly", "10 000", "priority", "2", "priorityReason", "Billigt")).expect(303);
        String assess = ownerClient.page("/consequence/cases/" + id).select("a[href*=/assess/]").stream()
                .map(a -> a.attr("href")).filter(h -> h.endsWith("/short")).reduce((a, b) -> b).orElseThrow();
        ownerClient.post(assess, Map.of("SOCIAL-rating", "POSITIVE", "ECONOMIC-rating", "CLEARLY_POSITIVE"))
                .expect(303);
        Document page = ownerClient.page("/consequence/cases/" + id + "/prioritisation");
        assertTrue(page.selectFirst("svg[role=img]") != null);
        String row = page.select("tbody tr").stream().map(e -> e.text()).filter(t -> t.contains("Vågar"))
                .findFirst().orElseThrow();
        assertTrue(row.startsWith("A Alternativ A Vågar 3 (2 bedömda) 200"), row);
        assertTrue(row.contains("2 – mellan: Billigt"), row);
        String across = ownerClient.page("/consequence/prioritisation").text();
        assertTrue(across.contains("Prioritera: Alternativ A Vågar"), across);
    }
}
