package se.samrad.library;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Network;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library over HTTP, as the "done when" tells it: a coordinator imports examples (after a dry run
 * that reports errors line by line), a strategist in another municipality of the network finds one by a compound
 * word part, filters by goal, opens it and sees similar ones; the form re-renders with what was typed; the JSON
 * API has the same power and the same visibility.
 */
@MicronautTest(transactional = false)
class LibraryPagesTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject NetworkService networks;
    @Inject GoalCatalogue catalogue;

    Organisation coordinatorOrg;
    Organisation strategistOrg;
    Organisation outsiderOrg;
    Network network;
    Account coordinator;
    Account strategist;
    Account outsider;
    Account platformAdmin;

    @BeforeAll
    void people() {
        coordinatorOrg = fixtures.organisation("Samordnarby");
        strategistOrg = fixtures.organisation("Strategby");
        outsiderOrg = fixtures.organisation("Fjärranby");
        network = networks.create(null, Fixtures.unique("Lärnätverk"), "");
        networks.addMember(null, network.id(), coordinatorOrg.id(), true);
        networks.addMember(null, network.id(), strategistOrg.id(), false);
        coordinator = fixtures.account(coordinatorOrg, Role.NETWORK_COORDINATOR, Role.ORG_ADMIN);
        strategist = fixtures.account(strategistOrg, Role.ANALYST);
        outsider = fixtures.account(outsiderOrg, Role.ANALYST);
        platformAdmin = fixtures.account((Long) null, Role.PLATFORM_ADMIN);
    }

    private WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    private String csv() {
        return "title;summary;actions;targets;visibility;network;type;year_from;year_to;indicators;title_en\n"
                + "Minskat matsvinn i äldreomsorgens kök;Köken mätte svinnet;Vi vägde tallrikssvinnet varje vecka;12.3;NETWORK;"
                + network.name() + ";PROJECT;2022;2023;Svinn per portion|g|60|2022|40|2023;Less food waste in elderly care\n"
                + "\"Cykelpendling, ett lyft\";Fler cyklar;Cykelbanor byggdes;11.2;NETWORK;" + network.name()
                + ";INVESTMENT;2021;2022;;\n"
                + "Kompostering av matsvinn från förskolor;Matsvinnet blev jord;Förskolorna komposterade svinnet;12.3;NETWORK;"
                + network.name() + ";METHOD;2023;2023;;\n";
    }

    private WebClient.Response importFile(WebClient client, String content, String action, boolean publish) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("content", content);
        parts.put("format", "CSV");
        parts.put("action", action);
        if (publish) {
            parts.put("publish", "1");
        }
        return multipart(client, "/library/import", parts, null, null);
    }

    private WebClient.Response multipart(WebClient client, String path, Map<String, String> fields, String fileName,
                                         byte[] file) {
        return client.multipart(path, fields, fileName, file);
    }

    @Test
    void aCoordinatorImportsAndAStrategistInTheNetworkFindsFiltersOpensAndSeesSimilar() {
        WebClient coordinatorClient = signedIn(coordinator);
        assertEquals(200, coordinatorClient.get("/library/import").status());

        // A dry run with a broken line reports it line by line and saves nothing.
        String broken = csv() + "Utan mål;;;99.9;SOMETIMES;;;2024;2020;;\n";
        WebClient.Response dry = importFile(coordinatorClient, broken, "dry-run", true);
        assertEquals(422, dry.status());
        assertTrue(dry.body().contains("1 av 4 rader har fel"), dry.body());
        assertTrue(dry.body().contains("Okänt delmål"));
        assertTrue(dry.body().contains("Synlighet ska vara"));
        assertTrue(dry.body().contains("Slutåret kan inte vara före startåret"));
        assertTrue(dry.body().contains("<th scope=\"row\">5</th>"), "the broken line is line 5 of the file");
        WebClient.Response refused = importFile(coordinatorClient, broken, "import", true);
        assertEquals(422, refused.status(), "an import with errors imports nothing");
        WebClient.Response unclosed = importFile(coordinatorClient, csv() + "\"Citat utan slut;x\n", "dry-run", true);
        assertEquals(422, unclosed.status());
        assertTrue(unclosed.body().contains("ett fält inom citattecken avslutas aldrig"), "not read as one long title");

        WebClient.Response good = importFile(coordinatorClient, csv(), "dry-run", true);
        assertEquals(200, good.status());
        assertTrue(good.body().contains("Alla 3 rader går att importera"), good.body());
        WebClient.Response imported = importFile(coordinatorClient, csv(), "import", true);
        assertEquals(200, imported.status());
        assertTrue(imported.body().contains("3 exempel importerades"), imported.body());

        // A strategist in another municipality of the network finds it by a part of a compound word...
        WebClient strategistClient = signedIn(strategist);
        WebClient.Response found = strategistClient.get("/library?q=svinn");
        assertEquals(200, found.status());
        assertTrue(found.body().contains("<mark>tallrikssvinnet</mark>"), found.body());
        assertTrue(found.body().contains("Minskat matsvinn i äldreomsorgens kök"));
        // ...filters by goal 12 (facet with its count)...
        assertTrue(found.body().contains("name=\"goal\" value=\"agenda2030/12\""), "goal facet offered");
        WebClient.Response filtered = strategistClient.get("/library?q=&goal=agenda2030%2F12&organisation="
                + java.net.URLEncoder.encode(coordinatorOrg.name(), StandardCharsets.UTF_8));
        assertTrue(filtered.body().contains("Minskat matsvinn"));
        assertFalse(filtered.body().contains("Cykelpendling"), "the cycling example serves goal 11");
        Matcher link = Pattern.compile("href=\"/library/examples/(\\d+)\">Minskat matsvinn").matcher(filtered.body());
        assertTrue(link.find());
        // ...opens it, with its indicator and similar examples.
        WebClient.Response example = strategistClient.get("/library/examples/" + link.group(1));
        assertEquals(200, example.status());
        assertTrue(example.body().contains("Svinn per portion"));
        assertTrue(example.body().contains("Liknande exempel"));
        assertTrue(example.body().contains("Kompostering av matsvinn från förskolor"), "shares target and words");
        assertFalse(example.body().contains("/edit\""), "no editing of another organisation's example");

        // Someone outside the network sees none of it, by page or by API.
        WebClient outsiderClient = signedIn(outsider);
        assertFalse(outsiderClient.ok("/library?q=svinn").body().contains("Minskat matsvinn"));
        assertEquals(404, outsiderClient.get("/library/examples/" + link.group(1)).status());
        assertEquals(404, outsiderClient.getJson("/api/v1/library/examples/" + link.group(1)).status());
        assertFalse(outsiderClient.okJson("/api/v1/library/suggest?q=minskat").body().contains("Minskat matsvinn"));
        assertEquals(404, new WebClient(server.getURI()).get("/library/examples/" + link.group(1)).status());

        // The API has the same power for the member.
        // (Limited to the coordinator's organisation: other test classes' public examples share the database.)
        WebClient.Response api = strategistClient.getJson("/api/v1/library/search?q=svinn&goal=agenda2030/12&organisation="
                + java.net.URLEncoder.encode(coordinatorOrg.name(), StandardCharsets.UTF_8));
        assertEquals(200, api.status());
        assertTrue(api.body().contains("\"total\":2"), api.body());
        assertTrue(api.body().contains("<mark>"), "highlighted snippets");
        assertTrue(api.body().contains("\"dimension\":\"goal\""), "facets");
        assertTrue(strategistClient.getJson("/api/v1/library/suggest?q=minsk").body().contains("Minskat matsvinn"));
        assertTrue(strategistClient.getJson("/api/v1/library/examples/" + link.group(1) + "/similar").body()
                .contains("Kompostering av matsvinn"));

        // Export gives the organisation's examples back in the import's shape.
        WebClient.Response export = coordinatorClient.get("/library/export?format=csv");
        assertEquals(200, export.status());
        assertTrue(export.body().startsWith("\uFEFFtitle,summary,problem"), export.body());
        assertTrue(export.body().contains("\"Cykelpendling, ett lyft\""));
        assertTrue(export.body().contains("Svinn per portion|g|60|2022|40|2023"));
        assertTrue(coordinatorClient.get("/library/export?format=json").body().contains("\"title_en\":\"Less food waste"));
    }

    @Test
    void theFormReRendersWithWhatWasTypedAndSavesADraftThatGoesThroughReview() {
        WebClient client = signedIn(coordinator);
        assertEquals(200, client.get("/library/new").status());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("lang", "sv");
        form.put("title-sv", "");
        form.put("summary-sv", "En sammanfattning som inte får försvinna");
        form.put("yearFrom", "tjugotjugo");
        form.put("links", "inte en länk");
        form.put("indicator-0-name", "Andel cyklister");
        form.put("indicator-0-before", "12,5");
        form.put("visibility", "PUBLIC");
        WebClient.Response invalid = client.post("/library/new", form);
        assertEquals(422, invalid.status());
        assertTrue(invalid.body().contains("href=\"#title-sv\""), "the summary links to the title field");
        assertTrue(invalid.body().contains("En sammanfattning som inte får försvinna"), "typed text kept");
        assertTrue(invalid.body().contains("value=\"tjugotjugo\""));
        assertTrue(invalid.body().contains("value=\"12,5\""));
        assertTrue(invalid.body().contains("Skriv ett årtal"));

        form.put("title-sv", "Cykelfrämjande på arbetsplatser");
        form.put("yearFrom", "2023");
        form.put("links", "https://exempel.example/cykel");
        form.put("targets", List.of(String.valueOf(catalogue.agenda2030().element("11.2").orElseThrow().id())));
        WebClient.Response saved = client.post("/library/new", form);
        assertEquals(303, saved.status(), saved.body());
        String page = saved.location().replaceAll("\\?.*", "");
        WebClient.Response draft = client.get(page);
        assertTrue(draft.body().contains("Utkast"));
        assertTrue(draft.body().contains("12,5"), "decimal comma read and shown the Swedish way");
        assertEquals(404, new WebClient(server.getURI()).get(page).status(), "a draft is not public");

        assertEquals(303, client.post(page + "/submit").status());
        assertEquals(422, client.post(page + "/return", "note", " ").status(), "sending back needs a note");
        assertEquals(303, client.post(page + "/publish", "note", "Fint").status());
        WebClient.Response visitor = new WebClient(server.getURI()).get(page);
        assertEquals(200, visitor.status());
        assertTrue(new WebClient(server.getURI()).get("/library?q=cykelfr%C3%A4mjande").body()
                .contains("Cykelfrämjande på arbetsplatser"), "findable at once, by anyone");
        WebClient.Response history = client.get(page + "/history");
        assertTrue(history.body().contains("Publicerade") && history.body().contains("Skickade in för granskning"));
    }

    @Test
    void aPdfAttachmentMakesTheExampleFindableByItsText() throws Exception {
        WebClient client = signedIn(coordinator);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("lang", "sv");
        form.put("title-sv", "Rapport med bilaga");
        form.put("visibility", "PUBLIC");
        String page = client.post("/library/new", form).location().replaceAll("\\?.*", "");
        client.post(page + "/publish", "note", "");
        WebClient.Response wrong = multipart(client, page + "/attachments", Map.of(), "virus.pdf", "MZ".getBytes());
        assertEquals(422, wrong.status());
        assertTrue(wrong.body().contains("Bara PDF och bilder"));
        WebClient.Response ok = multipart(client, page + "/attachments", Map.of(), "rapport.pdf",
                Pdfs.withText("Vermikompostering i kvarteret"));
        assertEquals(303, ok.status(), ok.body());
        // the text is extracted after the upload is acknowledged
        assertTrue(eventually(() -> new WebClient(server.getURI()).get("/library?q=vermikompostering").body()
                .contains("Rapport med bilaga")), "the PDF's text is searchable");
        Matcher attachment = Pattern.compile("/library/attachments/(\\d+)").matcher(client.get(page).body());
        assertTrue(attachment.find());
        WebClient.Response download = new WebClient(server.getURI()).get("/library/attachments/" + attachment.group(1));
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Disposition").startsWith("attachment"));
    }

    static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    @Test
    void aPlatformAdminRebuildsTheIndexAndNothingIsLost() {
        WebClient admin = signedIn(platformAdmin);
        WebClient.Response status = admin.get("/platform/library");
        assertEquals(200, status.status());
        WebClient.Response rebuilt = admin.post("/platform/library/rebuild");
        assertEquals(200, rebuilt.status());
        assertTrue(rebuilt.body().contains("Sökindexet är ombyggt"), rebuilt.body());
        assertEquals(403, signedIn(strategist).post("/platform/library/rebuild").status());
    }

    @Test
    void theSearchPageWorksForVisitorsInEveryLanguageAndHelpsWhenNothingIsFound() {
        WebClient visitor = new WebClient(server.getURI());
        for (String lang : List.of("sv", "en", "ar", "fa")) {
            WebClient.Response page = visitor.get("/library?lang=" + lang);
            assertEquals(200, page.status());
            assertTrue(page.body().contains("lang=\"" + lang + "\""));
        }
        WebClient.Response none = visitor.get("/library?q=qqqzzzxxx&lang=sv");
        assertTrue(none.body().contains("Inga exempel matchade sökningen"), none.body());
        assertEquals(200, visitor.getJson("/api/v1/library/search?q=&page=500&size=1000").status(),
                "out-of-range pages are bounded, not errors");
        URI unused = server.getURI();
        assertTrue(unused.toString().startsWith("http"));
    }
}
