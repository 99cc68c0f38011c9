package se.samrad.goals;

import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The goal pages and API over HTTP: tiles and targets in every language, the JSON API's 169 targets, and a
 * facilitator who builds own goals, maps one to targets with the picker (searching without JavaScript) and
 * finds it on the target's page, which no other organisation sees.
 */
@MicronautTest(transactional = false)
class GoalPagesTest extends IntegrationTest {

    private static final Argument<List<Map<String, Object>>> LIST =
            Argument.listOf(Argument.mapOf(String.class, Object.class));

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject GoalCatalogue catalogue;
    @Inject ObjectMapper json;

    private WebClient client() {
        return new WebClient(server.getURI());
    }

    @ParameterizedTest
    @CsvSource({"sv,Ingen fattigdom,Mål 1", "en,No poverty,Goal 1", "ar,لا فقر,الهدف 1", "fa,پایان فقر,هدف 1"})
    void goalTilesAreReadableWithoutColour(String lang, String firstGoal, String spokenNumber) {
        Document page = Jsoup.parse(client().get("/goals?lang=" + lang).body());
        assertEquals(lang, page.selectFirst("html").attr("lang"));
        var tiles = page.select(".goal-tile a");
        assertEquals(17, tiles.size());
        assertEquals("/goals/agenda2030/1", tiles.get(0).attr("href"));
        assertTrue(tiles.get(0).text().contains(firstGoal), tiles.get(0).text());
        // Number and name are text, so the colour is never the only cue.
        assertTrue(tiles.get(0).text().replace("\u00a0", " ").contains(spokenNumber.split(" ")[0]), tiles.get(0).text());
    }

    @Test
    void goalPageListsItsTargetsAndTargetPageItsGoal() {
        Document goal = Jsoup.parse(client().get("/goals/agenda2030/12?lang=sv").body());
        assertTrue(goal.selectFirst("h1").text().startsWith("Mål 12"), goal.selectFirst("h1").text());
        assertEquals(11, goal.select("#targets-heading + .target-list li").size());

        Document target = Jsoup.parse(client().get("/goals/agenda2030/12.3?lang=en").body());
        assertTrue(target.selectFirst("h1").text().startsWith("Target 12.3"), target.selectFirst("h1").text());
        assertNotNull(target.selectFirst(".breadcrumbs a[href=/goals/agenda2030/12]"));
        assertTrue(target.text().contains("Nothing in Samråd is linked to this target yet."));
        assertEquals(404, client().get("/goals/agenda2030/18.1").status());
        assertEquals(404, client().get("/goals/no-such-framework").status());
    }

    @Test
    void arabicPageMarksTargetsThatFallBackToAnotherLanguage() {
        Document target = Jsoup.parse(client().get("/goals/agenda2030/1.1?lang=ar").body());
        assertEquals("rtl", target.selectFirst("html").attr("dir"));
        // No Arabic short title is written for targets: the Swedish one is shown, marked as Swedish.
        assertNotNull(target.selectFirst(".element-header__title span[lang=sv]"));
    }

    @Test
    void apiListsExactly169AgendaTargetsAcross17Goals() throws IOException {
        WebClient.Response frameworks = client().getJson("/api/v1/frameworks");
        assertEquals(200, frameworks.status());
        List<Map<String, Object>> list = json.readValue(frameworks.body(), LIST);
        Map<String, Object> agenda = list.stream().filter(f -> f.get("key").equals("agenda2030")).findFirst().orElseThrow();
        assertEquals(17, ((Number) agenda.get("goals")).intValue());
        assertEquals(169, ((Number) agenda.get("targets")).intValue());
        assertTrue(list.stream().anyMatch(f -> f.get("key").equals("miljokvalitetsmal")));

        List<Map<String, Object>> targets = json.readValue(client().getJson("/api/v1/frameworks/agenda2030/targets").body(),
                LIST);
        assertEquals(169, targets.size());
        assertEquals(17, targets.stream().map(t -> t.get("goal")).distinct().count());
        Map<String, Object> first = targets.get(0);
        assertEquals("1.1", first.get("code"));
        Map<String, String> titles = (Map<String, String>) first.get("titles");
        assertEquals("Utrota extrem fattigdom", titles.get("sv"));
        assertEquals("Eradicate extreme poverty", titles.get("en"));
        assertEquals("17.19", targets.get(168).get("code"));

        List<Map<String, Object>> found = json.readValue(
                client().getJson("/api/v1/frameworks/agenda2030/targets?q=matsvinn&lang=sv").body(), LIST);
        assertEquals(List.of("12.3"), found.stream().map(t -> t.get("code")).toList());
        assertEquals(404, client().getJson("/api/v1/frameworks/nothing/targets").status());
    }

    @Test
    void facilitatorMapsOwnGoalToTargetsAndSeesItOnTheTargetPage() {
        Organisation org = fixtures.organisation("Målkommun");
        Account facilitator = fixtures.account(org, Role.FACILITATOR);
        WebClient browser = client();
        browser.signIn(facilitator.email(), Fixtures.PASSWORD);

        // A framework without its Swedish name is refused and keeps what was typed.
        WebClient.Response refused = browser.post("/goals/own", "name-en", "Vision 2040");
        assertEquals(422, refused.status());
        Document form = Jsoup.parse(refused.body());
        assertEquals("Vision 2040", form.selectFirst("#name-en").val());
        assertNotNull(form.selectFirst(".error-summary a[href=#name-sv]"));

        WebClient.Response created = browser.post("/goals/own", "name-sv", "Vision 2040", "name-en", "Vision 2040");
        assertEquals(303, created.status());
        String frameworkPath = created.location();
        String key = frameworkPath.substring("/goals/".length());
        assertEquals(303, browser.post("/goals/own/" + key + "/goals", "title-sv", "Livskvalitet").status());
        assertEquals(303, browser.post("/goals/own/" + key + "/goals", "parent", "1",
                "title-sv", "Fler resor med kollektivtrafik", "title-en", "More journeys by public transport").status());

        long target112 = catalogue.agenda2030().element("11.2").orElseThrow().id();
        long target36 = catalogue.agenda2030().element("3.6").orElseThrow().id();

        // Without JavaScript the picker's search button filters on the server and keeps choice and note.
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("targets", List.of(String.valueOf(target36)));
        search.put("targets-q", "11.2");
        search.put("targets-search", "1");
        search.put("note", "Busslinjer");
        WebClient.Response searched = browser.post("/goals/own/" + key + "/1.1/mappings", search);
        assertEquals(200, searched.status());
        Document picker = Jsoup.parse(searched.body());
        assertFalse(picker.selectFirst("#targets-" + target112).parent().hasAttr("hidden"), "11.2 is shown");
        assertTrue(picker.selectFirst("#targets-" + target36).parent().hasAttr("hidden"), "3.6 is filtered out");
        assertTrue(picker.selectFirst("#targets-" + target36).hasAttr("checked"), "but still chosen");
        assertEquals("Busslinjer", picker.selectFirst("#note").text());

        Map<String, Object> save = new LinkedHashMap<>(search);
        save.remove("targets-search");
        save.put("targets", List.of(String.valueOf(target36), String.valueOf(target112)));
        WebClient.Response saved = browser.post("/goals/own/" + key + "/1.1/mappings", save);
        assertEquals(303, saved.status());

        Document own = Jsoup.parse(browser.get(saved.location()).body());
        assertEquals(2, own.select(".mapping").size());
        Document targetPage = Jsoup.parse(browser.get("/goals/agenda2030/11.2?lang=sv").body());
        assertTrue(targetPage.select(".link-list a").text().contains("Fler resor med kollektivtrafik"));
        assertTrue(targetPage.text().contains("Busslinjer"));

        // The note is changed, and one mapping removed, from the goal's page.
        String mappingForm = own.select("form[action^=/goals/own/mappings/]").first().attr("action");
        WebClient.Response noted = browser.post(mappingForm, "note", "Stombusslinjer");
        assertEquals(303, noted.status());
        assertTrue(browser.get(noted.location()).body().contains("Stombusslinjer"));
        WebClient.Response removed = browser.post(mappingForm + "/delete");
        assertEquals(303, removed.status());
        assertEquals(1, Jsoup.parse(browser.get(removed.location()).body()).select(".mapping").size());
        assertEquals(303, browser.post("/goals/own/" + key + "/1.1/mappings", save).status());
        String liveMapping = Jsoup.parse(browser.get(saved.location()).body())
                .select("form[action^=/goals/own/mappings/]").first().attr("action");

        // Another organisation's staff and anonymous visitors see neither the link nor the framework.
        Account stranger = fixtures.account(fixtures.organisation("Annanby"), Role.ORG_ADMIN);
        WebClient other = client();
        other.signIn(stranger.email(), Fixtures.PASSWORD);
        // (Other tests' public library examples may be linked to the target too: only this mapping must not show.)
        Document strangersView = other.ok("/goals/agenda2030/11.2").document();
        assertFalse(strangersView.select(".link-list a").text().contains("Fler resor med kollektivtrafik"));
        assertFalse(strangersView.text().contains("Busslinjer"));
        assertEquals(404, other.get(frameworkPath).status());
        assertEquals(404, client().get(frameworkPath).status());
        assertEquals(404, other.post("/goals/own/" + key + "/1.1/delete").status());
        assertEquals(404, other.post(liveMapping + "/delete").status());
        assertEquals(404, other.post(liveMapping, "note", "Kapad").status());
    }

    @Test
    void councilMemberReadsOwnGoalsButCannotChangeThem() {
        Organisation org = fixtures.organisation("Rådskommun");
        WebClient council = client();
        council.signIn(fixtures.account(org, Role.COUNCIL_MEMBER).email(), Fixtures.PASSWORD);
        String home = council.get("/").body();
        assertTrue(home.contains("href=\"/goals/own\""), "the home page offers the own goals");
        assertFalse(home.contains("nav.goals"), "no message key shows untranslated");
        Document page = Jsoup.parse(council.get("/goals/own").body());
        assertNull(page.selectFirst("form[action=/goals/own]"));
        assertEquals(403, council.post("/goals/own", "name-sv", "Vision").status());
    }
}
