package se.samrad.stakeholder;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
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

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding stakeholders: words (parts of words, timeline text), kind, quadrant, target, silence; facets; coverage. */
@MicronautTest(transactional = false)
class FindTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject GoalCatalogue catalogue;

    Account analyst;
    Account stranger;
    long target;
    final LocalDate today = LocalDate.now();

    @BeforeAll
    void register() {
        Organisation home = fixtures.organisation("Sökby");
        analyst = fixtures.account(home, Role.ANALYST);
        stranger = fixtures.account(fixtures.organisation("Annanby"), Role.ORG_ADMIN);
        WebClient client = signedIn(analyst);
        long school = organisation(client, "Grundskoleförbundet", "CIVIL_SOCIETY");
        long builder = organisation(client, "Bygg AB", "COMPANY");
        organisation(client, "Tysta föreningen", "CIVIL_SOCIETY");
        client.post("/stakeholders/organisations/" + builder + "/engagements", "kind", "MEETING",
                "occurredOn", today.minusYears(2).toString(), "summary", "Samtal om solcellsparker").expect(303);
        client.post("/stakeholders/organisations/" + school + "/engagements", "kind", "WORKSHOP", "issueRef", "77",
                "occurredOn", today.minusDays(7).toString(), "summary", "Workshop om skolvägar").expect(303);
        client.post("/stakeholders/organisations/" + builder + "/placements", "interest", "4", "influence", "5",
                "issueKind", "NONE", "placedOn", today.toString()).expect(303);
        target = catalogue.element("agenda2030", "4.1", null).id();
        client.post("/stakeholders/organisations/" + school + "/targets", "targets", target).expect(303);
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    static long organisation(WebClient client, String name, String kind) {
        String location = client.post("/stakeholders/new-organisation", "name", name, "kind", kind)
                .expect(303).location();
        return Long.parseLong(location.replaceAll(".*/organisations/(\\d+).*", "$1"));
    }

    List<String> found(String query) {
        return signedIn(analyst).page("/stakeholders/find?" + query).select("table tbody th").eachText();
    }

    @Test
    void wordsAreFoundInsideLongerWordsAndInTheTimeline() {
        assertEquals(List.of("Grundskoleförbundet"), found("q=skole"));
        assertEquals(List.of("Bygg AB"), found("q=SOLCELL"));
        assertEquals(List.of(), found("q=%25"));
    }

    @Test
    void wordsAreFoundInEveryInflectionAndWithATypingErrorAsTheLibraryAnalysesThem() {
        assertEquals(List.of("Tysta föreningen"), found("q=f%C3%B6reningar"), "another inflection");
        assertEquals(List.of("Tysta föreningen"), found("q=tyst+f%C3%B6reningar"), "every word, each inflected");
        assertEquals(List.of("Grundskoleförbundet"), found("q=grundskolef%C3%B6rbudet"), "one letter left out");
        assertEquals(List.of("Grundskoleförbundet"), found("q=grundksoleförbundet".replace("ö", "%C3%B6")),
                "two letters swapped");
        assertEquals(List.of("Bygg AB"), found("q=solcellsparkerna"), "the timeline's text in another inflection");
        assertEquals(List.of(), found("q=tyst+solcellsparker"), "a word found elsewhere is not enough");
        assertEquals(List.of(), found("q=bugg"), "no typing error assumed in short words");
    }

    @Test
    void filtersByKindQuadrantAndTarget() {
        assertEquals(List.of("Grundskoleförbundet", "Tysta föreningen"), found("kind=CIVIL_SOCIETY"));
        assertEquals(List.of("Bygg AB"), found("quadrant=MANAGE_CLOSELY"));
        assertEquals(List.of("Grundskoleförbundet"), found("target=" + target));
        Document page = signedIn(analyst).page("/stakeholders/find?kind=CIVIL_SOCIETY");
        assertEquals(List.of("Civilsamhälle: 2"), page.select("[aria-labelledby=facet-kind] li").eachText());
        assertEquals("2 intressenter hittades", page.selectFirst("#hits-heading").text());
    }

    @Test
    void whoHaveWeNotHeardFrom() {
        assertEquals(List.of("Bygg AB", "Tysta föreningen"), found("silentSince=" + today.minusYears(1)));
        assertEquals(List.of("Tysta föreningen"), found("never=on"));
        Document page = signedIn(analyst).page("/stakeholders/find?never=on");
        assertEquals("Aldrig", page.selectFirst("table tbody td:nth-of-type(3)").text());
    }

    @Test
    void aWrongDateKeepsWhatWasTyped() {
        Document page = signedIn(analyst).get("/stakeholders/find?q=bygg&silentSince=2025-02-30").expect(422)
                .document();
        assertEquals(List.of("#silentSince"), page.select(".error-summary a").eachAttr("href"));
        assertEquals("2025-02-30", page.selectFirst("#silentSince").val());
        assertEquals("bygg", page.selectFirst("#q").val());
        assertTrue(page.select("table").isEmpty());
    }

    @Test
    void coverageShowsWhichKindsTookPart() {
        Document page = signedIn(analyst).page("/stakeholders/coverage?issueKind=WORKSHOP&issueRef=77");
        List<String> rows = page.select("table tbody tr").eachText();
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(" 2 1")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.endsWith(" 1 0 (ingen deltog)")), rows.toString());
        assertEquals(422, signedIn(analyst).get("/stakeholders/coverage?issueKind=NONE&issueRef=x").status());
    }

    @Test
    void theApiFindsTheSameAndAnotherOrganisationFindsNothing() {
        String json = signedIn(analyst).okJson("/api/v1/stakeholders/search?never=on").body();
        assertTrue(json.contains("\"name\":\"Tysta föreningen\"") && !json.contains("Bygg"), json);
        assertEquals(400, signedIn(analyst).getJson("/api/v1/stakeholders/search?silentSince=igår").status());
        assertEquals("[]", signedIn(stranger).okJson("/api/v1/stakeholders/search?q=bygg").body());
        assertTrue(signedIn(stranger).page("/stakeholders/find?q=bygg").select("table").isEmpty());
        assertTrue(signedIn(stranger).page("/stakeholders/coverage?issueKind=WORKSHOP&issueRef=77")
                .select("table").isEmpty());
    }
}
