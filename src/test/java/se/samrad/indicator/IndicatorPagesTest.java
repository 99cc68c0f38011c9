package se.samrad.indicator;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceReader;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Indicators as an analyst keeps them and a council member reads them: definition, values, targets, signal, chart. */
@MicronautTest(transactional = false)
class IndicatorPagesTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject GoalCatalogue catalogue;
    @Inject EvidenceReader evidence;

    Organisation home;
    Account analyst;
    Account council;
    Account stranger;

    @BeforeAll
    void people() {
        home = fixtures.organisation("Nyckeltalsby");
        analyst = fixtures.account(home, Role.ANALYST);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        stranger = fixtures.account(fixtures.organisation("Annanstad"), Role.ANALYST);
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    long create(WebClient client, String title, String direction) {
        String location = client.post("/indicators/new", "title", title, "unit", "g/portion", "direction", direction,
                "keyword", "Minskat matsvinn", "baselineYear", "2015").expect(303).location();
        return Long.parseLong(location.replaceAll(".*/indicators/(\\d+).*", "$1"));
    }

    void value(WebClient client, long id, String series, String year, String value) {
        client.post("/indicators/" + id + "/values", "series", series, "year", year, "value", value).expect(303);
    }

    @Test
    void valuesAndATargetGiveASignalInWordsAChartAndItsTable() {
        WebClient client = signedIn(analyst);
        String title = Fixtures.unique("Matsvinn");
        long id = create(client, title, "LOWER");
        value(client, id, "OWN", "2015", "66");
        value(client, id, "OWN", "2018", "62");
        value(client, id, "OWN", "2021", "58");
        value(client, id, "0000", "2021", "48");
        client.post("/indicators/" + id + "/targets", "targetYear", "2030", "targetValue", "40",
                "note", "Halverat till 2030").expect(303);

        Document page = signedIn(council).page("/indicators/" + id);
        // (58/66)^(1/6) - 1 against (40/66)^(1/15) - 1: R = 0.65, progress but acceleration needed.
        assertEquals("► Framsteg, men takten behöver öka", page.selectFirst(".signal").text());
        assertTrue(page.selectFirst(".signal [aria-hidden=true]") != null, "the icon is decoration beside the words");
        assertEquals("↓ Minskar, åt rätt håll", page.selectFirst(".trend").text());
        assertTrue(page.select("svg[role=img] title").text().equals(title));
        // the shared chart component draws it: each series named in the legend, own values as circles on a solid line
        var svg = page.selectFirst("svg.chart--lines");
        assertEquals(List.of("År", "g/portion", "Vi", "Riket", "Målnivå", "Framskrivning", "Framskrivningens osäkerhet (90 %)"),
                svg.select(".chart__legend, .chart__axis").eachText());
        assertEquals(3 + 1, svg.select(".chart__series--0 circle").size(), "three values and the legend's marker");
        assertEquals("Linjediagram per år. Samma värden finns i tabellen under diagrammet.", svg.selectFirst("desc").text());
        List<String> years = page.select("table caption:contains(Värden per år) ~ tbody th").eachText();
        assertEquals(List.of("2015", "2018", "2021", "2030"), years);
        var row2021 = page.select("table caption:contains(Värden per år) ~ tbody tr").get(2).select("td").stream()
                .map(org.jsoup.nodes.Element::text).toList();
        // own, group mean, Riket, target level, projection (none: too few values for a trend)
        assertEquals(List.of("58", "", "48", "", ""), row2021);
        assertEquals("40", page.select("table caption:contains(Värden per år) ~ tbody tr").get(3).select("td").get(3).text());
        // Council members read but do not edit.
        assertTrue(page.select("form[action$=/values]").isEmpty());

        Document list = client.page("/indicators");
        var tr = list.select("tbody tr").stream().filter(r -> r.text().contains(title)).findFirst().orElseThrow();
        assertTrue(tr.text().contains("58 g/portion (2021)"));
        assertFalse(tr.select("svg.sparkline").isEmpty());
    }

    @Test
    void aWrongValueKeepsWhatWasTypedWithATranslatedError() {
        WebClient client = signedIn(analyst);
        long id = create(client, Fixtures.unique("Utsläpp"), "LOWER");
        Document page = client.post("/indicators/" + id + "/values", "series", "OWN", "year", "20x1",
                "value", "tolv").expect(422).document();
        assertEquals(List.of("#year", "#value"), page.select(".error-summary a").eachAttr("href"));
        assertEquals("20x1", page.selectFirst("#year").val());
        assertEquals("tolv", page.selectFirst("#value").val());
        assertEquals("Fel: Skriv ett tal, t.ex. 48 eller 12,5.", page.selectFirst("#value-error").text());

        Document english = client.acceptLanguage("en").post("/indicators/new", "title", "", "direction", "SIDEWAYS",
                "baselineYear", "15", "koladaId", "n945").expect(422).document();
        assertEquals(java.util.Set.of("#title", "#koladaId", "#direction", "#baselineYear"),
                java.util.Set.copyOf(english.select(".error-summary a").eachAttr("href")));
        assertEquals("A Kolada id is a letter and five digits, e.g. N00945.",
                english.selectFirst(".error-summary a[href=#koladaId]").text());
        assertEquals("n945", english.selectFirst("#koladaId").val());
        assertEquals("15", english.selectFirst("#baselineYear").val());
    }

    @Test
    void onlyTheOrganisationsEditorsChangeIndicatorsAndOthersSeeNothing() {
        WebClient client = signedIn(analyst);
        long id = create(client, Fixtures.unique("Ohälsotal"), "LOWER");
        WebClient councilClient = signedIn(council);
        WebClient.Response refused = councilClient.post("/indicators/" + id + "/values", "series", "OWN",
                "year", "2020", "value", "3");
        assertEquals(403, refused.status());
        assertFalse(refused.body().contains("Ohälsotal"));
        WebClient.Response hidden = signedIn(stranger).get("/indicators/" + id);
        assertEquals(404, hidden.status());
        assertFalse(hidden.body().contains("Ohälsotal"));
        assertEquals(404, signedIn(stranger).getJson("/api/v1/indicators/" + id).status());
    }

    @Test
    void linkedTargetsShowTheIndicatorAndItIsEvidence() {
        WebClient client = signedIn(analyst);
        String title = Fixtures.unique("Behörighet");
        long id = create(client, title, "HIGHER");
        value(client, id, "OWN", "2019", "80");
        value(client, id, "OWN", "2023", "84,5");
        long target = catalogue.element("agenda2030", "4.1", null).id();
        client.post("/indicators/" + id + "/goals", "targets", Long.toString(target)).expect(303);

        Document goal = client.page("/goals/agenda2030/4.1");
        assertTrue(goal.text().contains(title), "the target's page lists the indicator");
        List<Evidence> found = evidence.evidenceFor(home.id(), List.of(target)).stream()
                .filter(e -> e.source().equals("indicator")).toList();
        assertEquals(1, found.size());
        // (84.5/80)^(1/4) - 1 = 1.38 % a year without a target: between 0.5 and 1.5 %.
        assertEquals("2023: 84.5 g/portion", found.get(0).label());
        assertEquals(Evidence.Progress.NEEDS_ACCELERATION, found.get(0).progress());
        assertEquals(List.of(), evidence.evidenceFor(stranger.organisationId(), List.of(target)).stream()
                .filter(e -> e.source().equals("indicator")).toList());

        String json = client.okJson("/api/v1/indicators/" + id).body();
        assertTrue(json.contains("\"status\":\"NEEDS_ACCELERATION\""), json);
        assertTrue(json.contains("\"value\":84.5"), json);
    }
}
