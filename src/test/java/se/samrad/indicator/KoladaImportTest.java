package se.samrad.indicator;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kolada's catalogue and values, from files and from a local stand-in for its API, imported idempotently. */
@MicronautTest(transactional = false)
class KoladaImportTest extends IntegrationTest {

    static final KoladaStub STUB = new KoladaStub(Map.of(
            "/kpi", "kpi.json",
            "/data/kpi/N00957/municipality/1980,0000,1984,G12345", "data-page1.json",
            "/data/kpi/N00957/municipality/1980,0000,1984,G12345?page=2", "data-page2.json"));

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject KoladaRefresh refresh;

    @Override
    protected Map<String, String> extraProperties() {
        // The schedule is set (so the refresh exists) but far off: the test runs it itself.
        return Map.of("samrad.kolada.base-url", STUB.base(), "samrad.kolada.refresh-cron", "0 0 3 1 1 *");
    }

    @AfterAll
    void stop() {
        STUB.close();
    }

    WebClient analyst(String place) {
        Account account = fixtures.account(fixtures.organisation(place), Role.ANALYST);
        WebClient client = new WebClient(server.getURI());
        client.signIn(account.email(), Fixtures.PASSWORD);
        return client;
    }

    @BeforeAll
    void catalogue() {
        // The catalogue is shared reference data: read once, from the stand-in API.
        analyst("Katalogby").post("/indicators/import/catalogue/fetch").expect(200);
    }

    long follow(WebClient client, String kpi, String direction) {
        String location = client.post("/indicators/kolada/follow", "kpi", kpi, "direction", direction)
                .expect(303).location();
        return Long.parseLong(location.replaceAll(".*/indicators/(\\d+).*", "$1"));
    }

    @Test
    void theCatalogueFromAFileCountsWhatIsNewAndChangedAndFollowingAKpiMakesAnIndicator() {
        WebClient client = analyst("Filby");
        byte[] same = KoladaStub.fixture("kpi.json").getBytes(StandardCharsets.UTF_8);
        Document again = client.multipart("/indicators/import/catalogue", Map.of(), "kpi.json", same)
                .expect(200).document();
        assertEquals("0 nya nyckeltal, 0 ändrade, 3 oförändrade.", again.selectFirst("[role=status] p").text());
        byte[] renamed = KoladaStub.fixture("kpi.json").replace("Ohälsotal, dagar", "Ohälsotal, antal dagar")
                .getBytes(StandardCharsets.UTF_8);
        Document changed = client.multipart("/indicators/import/catalogue", Map.of(), "kpi.json", renamed)
                .expect(200).document();
        assertEquals("0 nya nyckeltal, 1 ändrade, 2 oförändrade.", changed.selectFirst("[role=status] p").text());
        client.multipart("/indicators/import/catalogue", Map.of(), "kpi.json", same).expect(200);

        Document hits = client.page("/indicators/kolada?q=ohälsotal");
        assertEquals(List.of("N00957"), hits.select("tbody th").eachText());
        long id = follow(client, "N00957", "LOWER");
        Document page = client.page("/indicators/" + id);
        assertEquals("Ohälsotal, dagar", page.selectFirst("h1").text());
        assertTrue(page.select("dd").eachText().contains("dagar"), "the unit from the title");
        // Following it twice is refused with a translated error, not a second indicator.
        Document twice = client.post("/indicators/kolada/follow", "kpi", "N00957", "direction", "LOWER", "q", "ohälsotal")
                .expect(422).document();
        assertEquals("Organisationen följer redan det här Kolada-nyckeltalet.", twice.selectFirst(".error-summary a").text());

        Document broken = client.multipart("/indicators/import/catalogue", Map.of(), "kpi.json",
                "{\"values\": 3".getBytes(StandardCharsets.UTF_8)).expect(422).document();
        assertEquals("#catalogueFile", broken.selectFirst(".error-summary a").attr("href"));
    }

    @Test
    void valuesFetchedFromTheApiFollowItsPagesAndASecondFetchChangesNothing() {
        WebClient client = analyst("Hämtby");
        client.post("/indicators/import/settings", "koladaMunicipality", "1980").expect(303);
        client.post("/indicators/import/areas", "code", "1984", "areaTitle", "Arboga").expect(303);
        client.post("/indicators/import/areas", "code", "G12345", "areaTitle", "Liknande kommuner").expect(303);
        long id = follow(client, "N00957", "LOWER");

        // The button answers at once; the page shows the fetch's progress, then the report of what changed.
        STUB.hold();
        assertEquals("/indicators/import/fetch", client.post("/indicators/import/fetch").expect(303).location());
        awaitFetch(client, s -> s.contains("\"pages\":1"));
        Document running = client.page("/indicators/import/fetch");
        assertEquals("Hämtningen från Kolada pågår", running.selectFirst("h2").text());
        assertTrue(running.selectFirst("[role=status]").text().startsWith("Sidor lästa: 1. Värden lästa: "),
                running.selectFirst("[role=status]").text());
        assertEquals("/indicators/import/fetch/status", running.selectFirst("[data-progress]").attr("data-progress"));
        assertEquals("/indicators/import/fetch", running.selectFirst("a:contains(Visa läget nu)").attr("href"));
        assertTrue(client.getJson("/indicators/import/fetch/status").expect(200).body().contains("\"RUNNING\""));
        // a second click while it runs does not start another
        client.post("/indicators/import/fetch").expect(303);
        STUB.release();
        Document first = fetched(client);
        // Own 2022 (T, K, M), own 2023, Riket 2023, Arboga 2023, the group 2023; Arboga 2024 has no value.
        assertEquals("7 nya värden, 0 ändrade, 0 oförändrade; 0 hoppades över (nyckeltal ni inte följer eller "
                + "kommuner utanför jämförelsegruppen).", first.selectFirst("[role=status] p").text());
        assertTrue(STUB.asked().contains("/v3/data/kpi/N00957/municipality/1980,0000,1984,G12345?page=2"));
        client.post("/indicators/import/fetch").expect(303);
        Document second = fetched(client);
        assertTrue(second.selectFirst("[role=status] p").text().startsWith("0 nya värden, 0 ändrade, 7 oförändrade"));
        // The scheduled refresh fetches the same for every organisation with a Kolada municipality (the others in
        // this class that cannot be answered for are logged, not fatal).
        int asked = STUB.asked().size();
        assertTrue(refresh.refreshAll() >= 1);
        assertTrue(STUB.asked().size() > asked);

        Document page = client.page("/indicators/" + id);
        assertEquals("22,9 dagar (2023)", page.select("dt:contains(Senaste värde) + dd").text());
        List<String> comparison = page.select("table[aria-labelledby=comparison-heading] tbody tr").eachText();
        assertEquals(List.of("Vi 22,9", "Riket 24,8", "Arboga 26,4", "Liknande kommuner 25"), comparison);
        // Best quarter: lower than Arboga, the only municipality in the group (the group mean is not ranked).
        assertTrue(page.selectFirst(".rank").text().contains("Bästa fjärdedelen"));
        assertTrue(page.text().contains("Källa: Kolada"));
    }

    @Test
    void rKoladasCsvKeepsTheOwnMunicipalityTheCountryAndTheGroupAndSkipsTheRest() {
        WebClient client = analyst("Csvby");
        client.post("/indicators/import/settings", "koladaMunicipality", "0180").expect(303);
        client.post("/indicators/import/areas", "code", "1280", "areaTitle", "Malmö").expect(303);
        long id = follow(client, "N00401", "LOWER");
        byte[] csv = KoladaStub.fixture("values-rkolada.csv").getBytes(StandardCharsets.UTF_8);
        Document result = client.multipart("/indicators/import/values", Map.of(), "values.csv", csv)
                .expect(200).document();
        assertTrue(result.selectFirst("[role=status] p").text().startsWith("5 nya värden, 0 ändrade, 0 oförändrade; 1 "),
                result.selectFirst("[role=status] p").text());
        Document page = client.page("/indicators/" + id);
        assertEquals(List.of("2019", "2020", "2021"),
                page.select("table caption:contains(Värden per år) ~ tbody th").eachText());
    }

    @Test
    void aKoladaThatDoesNotAnswerIsSaidInWords() {
        WebClient client = analyst("Tystby");
        client.post("/indicators/import/settings", "koladaMunicipality", "2080").expect(303);
        follow(client, "N15428", "HIGHER");
        client.post("/indicators/import/fetch").expect(303);
        awaitFetch(client, s -> !s.contains("RUNNING"));
        WebClient.Response failed = client.get("/indicators/import/fetch");
        assertEquals(502, failed.status());
        Document page = failed.document();
        assertEquals("Kolada svarade inte. Försök igen senare eller läs in en fil.",
                page.selectFirst(".error-summary a").text());
    }

    /** Waits (at most a minute) until the fetch's status answers what {@code done} looks for. */
    static void awaitFetch(WebClient client, java.util.function.Predicate<String> done) {
        long until = System.nanoTime() + 60_000_000_000L;
        String status = "";
        while (System.nanoTime() < until) {
            status = client.getJson("/indicators/import/fetch/status").expect(200).body();
            if (done.test(status)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the fetch did not get there: " + status);
    }

    /** The report of a fetch, once it is done. */
    static Document fetched(WebClient client) {
        awaitFetch(client, s -> !s.contains("RUNNING"));
        return client.page("/indicators/import/fetch");
    }
}
