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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Placing stakeholders on the interest/influence grid by form fields; history; the chart and its table. */
@MicronautTest(transactional = false)
class PlacementTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;

    Account analyst;
    Account council;

    @BeforeAll
    void people() {
        Organisation home = fixtures.organisation("Rutnätsby");
        analyst = fixtures.account(home, Role.ANALYST);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    long organisation(WebClient client, String name) {
        String location = client.post("/stakeholders/new-organisation", "name", name, "kind", "COMPANY")
                .expect(303).location();
        return Long.parseLong(location.replaceAll(".*/organisations/(\\d+).*", "$1"));
    }

    @Test
    void placementsKeepTheirHistoryAndTheGridShowsTheNewest() {
        WebClient client = signedIn(analyst);
        String name = Fixtures.unique("Bygg");
        long id = organisation(client, name);
        client.post("/stakeholders/organisations/" + id + "/placements", "interest", "2", "influence", "4",
                "issueKind", "NONE", "placedOn", "2025-01-10", "note", "Bevakar detaljplanen").expect(303);
        client.post("/stakeholders/organisations/" + id + "/placements", "interest", "5", "influence", "4",
                "issueKind", "NONE", "placedOn", "2025-06-01").expect(303);
        Document page = client.page("/stakeholders/organisations/" + id);
        List<String> history = page.select("table[aria-labelledby=placements-heading] tbody tr td:nth-child(3)")
                .eachText();
        assertEquals(List.of("Samarbeta nära", "Håll nöjda"), history);

        Document grid = signedIn(council).page("/stakeholders/grid");
        assertTrue(grid.select("svg[role=img] > text").eachText().containsAll(
                List.of("Samarbeta nära", "Håll nöjda", "Håll informerade", "Bevaka")));
        assertTrue(grid.select("svg .grid-point text").eachText().contains(GridChart.shorten(name)));
        // The chart is one image (no links inside it); the table under it links each stakeholder.
        assertTrue(grid.select("svg a").isEmpty());
        assertEquals(name, grid.select("table a[href=/stakeholders/organisations/" + id + "]").text());
        var row = grid.select("table tbody tr").stream().filter(tr -> tr.text().contains(name)).toList();
        assertEquals(1, row.size());
        assertEquals("Samarbeta nära", row.get(0).select("td").get(0).text());
        assertEquals("5", row.get(0).select("td").get(1).text());
    }

    @Test
    void aPlacementForAnIssueHasItsOwnGrid() {
        WebClient client = signedIn(analyst);
        String name = Fixtures.unique("Skolföräldrar");
        long id = organisation(client, name);
        client.post("/stakeholders/organisations/" + id + "/placements", "interest", "5", "influence", "1",
                "issueKind", "WORKSHOP", "issueRef", "42", "issueLabel", "Skolvägar", "placedOn", "2025-03-03")
                .expect(303);
        Document overall = client.page("/stakeholders/grid");
        assertTrue(overall.select("table tbody tr").stream().noneMatch(tr -> tr.text().contains(name)));
        String key = overall.select("#issue option").stream().filter(o -> o.text().contains("Skolvägar"))
                .findFirst().orElseThrow().val();
        assertEquals("Workshop 42: Skolvägar", overall.select("#issue option[value=" + key + "]").text());
        Document issue = client.page("/stakeholders/grid?issue=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        assertTrue(issue.select("table tbody tr").stream().anyMatch(tr -> tr.text().contains(name)
                && tr.text().contains("Håll informerade")));
    }

    @Test
    void aWrongPlacementKeepsWhatWasTyped() {
        WebClient client = signedIn(analyst);
        long id = organisation(client, Fixtures.unique("Fel"));
        Document page = client.post("/stakeholders/organisations/" + id + "/placements", "interest", "9",
                "influence", "3", "issueKind", "DIALOGUE", "issueLabel", "Parken", "placedOn", "2025-13-01")
                .expect(422).document();
        assertEquals(List.of("#interest", "#issueRef", "#placedOn"), page.select(".error-summary a").eachAttr("href"));
        assertEquals("3", page.selectFirst("#influence option[selected]").val());
        assertEquals("DIALOGUE", page.selectFirst("#issueKind option[selected]").val());
        assertEquals("Parken", page.selectFirst("#issueLabel").val());
        assertEquals("2025-13-01", page.selectFirst("#placedOn").val());
        assertTrue(page.select("table[aria-labelledby=placements-heading]").isEmpty());
    }
}
