package se.samrad.workshop;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The presenter view over HTTP: a full-screen page without the site's chrome, the join screen first, then the one
 * activity the facilitator puts on screen, each kind drawn as people expect with its figures written out.
 */
@MicronautTest(transactional = false)
class PresenterPagesTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;
    @Inject GoalCatalogue catalogue;

    Account facilitator;
    Account analyst;
    PresenterScenario scenario;
    WebClient browser;

    @BeforeAll
    void setUp() {
        Organisation org = fixtures.organisation("Skärmby");
        facilitator = fixtures.account(org, Role.FACILITATOR);
        analyst = fixtures.account(org, Role.ANALYST);
        scenario = new PresenterScenario(workshops, participants, catalogue, directory.toUser(facilitator));
        browser = new WebClient(server.getURI());
        browser.signIn(facilitator.email(), Fixtures.PASSWORD);
    }

    private String present() {
        return browser.get("/workshops/" + scenario.workshop.id() + "/present?lang=sv").body();
    }

    private String onScreen(ActivityKind kind) {
        scenario.present(kind, false);
        WebClient.Response part = browser.get("/workshops/" + scenario.workshop.id() + "/present/part?lang=sv");
        assertEquals(200, part.status());
        return part.body();
    }

    @Test
    void theBigScreenHasNoSiteChromeAndStartsWithTheJoinCodeLarge() {
        scenario.present(null, false);
        WebClient.Response page = browser.get("/workshops/" + scenario.workshop.id() + "/present?lang=sv");
        assertEquals(200, page.status());
        String body = page.body();
        assertFalse(body.contains("site-header") || body.contains("main-nav") || body.contains("site-footer"), "no site chrome");
        assertTrue(body.contains("class=\"stage__code\">" + scenario.workshop.code() + "<"), "the join code, large");
        assertTrue(body.contains("class=\"stage__qr\""));
        assertTrue(body.contains("data-screen") && body.contains("data-current=\"\""), "the join screen");
        assertTrue(body.contains("24 deltagare"), body);
        String arabic = browser.get("/workshops/" + scenario.workshop.id() + "/present?lang=ar").body();
        assertTrue(arabic.contains("<html lang=\"ar\" dir=\"rtl\""));
        // once an activity runs, the code moves to a corner and the activity has the screen
        String poll = onScreen(ActivityKind.POLL);
        assertTrue(poll.contains("class=\"stage__corner\"") && poll.contains(scenario.workshop.code()));
        assertFalse(poll.contains("class=\"stage__qr\""));
        assertTrue(poll.contains("1 av 9"), poll.substring(poll.indexOf("stage__meta"), poll.indexOf("stage__meta") + 200));
    }

    @Test
    void pollAndRatingAreLabelledBarsWithCountsAndPercentagesAndATable() {
        String poll = onScreen(ActivityKind.POLL);
        assertTrue(poll.contains("role=\"img\""), "the chart is an image with a name");
        assertTrue(poll.contains(">Vad ska kommunen prioritera först?</title>"), poll);
        // 22 voted: 10 for public transport, 7, 3 and 2 for the others
        assertTrue(Pattern.compile("class=\"chart__label\">Kollektivtrafik</text>").matcher(poll).find());
        assertTrue(Pattern.compile("class=\"chart__value\">[^<]*10[^<]*45[^<]*</text>").matcher(poll).find(), poll);
        assertTrue(Pattern.compile("<td>[^<]*10[^<]*45[^<]*</td>").matcher(poll).find(), "and the same in the table");
        assertTrue(poll.contains("22 har svarat") || poll.contains("22"), poll);
        String rating = onScreen(ActivityKind.RATING);
        assertTrue(rating.contains("stage__mean"), "the mean, large");
        assertTrue(Pattern.compile("class=\"chart__label\">5</text>").matcher(rating).find(), "the scale's distribution");
        // not revealed: how many answered, not the results
        workshops.control(directory.toUser(facilitator), scenario.workshop.id(), EventType.RESULTS_HIDDEN,
                scenario.activities.get(ActivityKind.POLL).id(), Map.of());
        String hidden = onScreen(ActivityKind.POLL);
        assertTrue(hidden.contains("stage__answered") && !hidden.contains("chart__bar"), hidden);
        workshops.control(directory.toUser(facilitator), scenario.workshop.id(), EventType.RESULTS_SHOWN,
                scenario.activities.get(ActivityKind.POLL).id(), Map.of());
    }

    @Test
    void dotVotingIsARankingAndTheWordCloudIsSizedByFrequency() {
        String dots = onScreen(ActivityKind.DOTS);
        // each rank and label isolated (U+2068 ... U+2069): the words set its direction, on an Arabic screen too
        int first = dots.indexOf(">\u20681. Fler busslinjer\u2069<");
        int second = dots.indexOf(">\u20682. Solceller på skolor\u2069<");
        int last = dots.indexOf(">\u20685. Laddplatser\u2069<");
        assertTrue(first > 0 && first < second && second < last, dots);
        String cloud = onScreen(ActivityKind.WORD_CLOUD);
        Matcher words = Pattern.compile("font-size=\"(\\d+)\"[^>]*>([^<]+)</text>").matcher(cloud);
        int largest = 0;
        String top = "";
        while (words.find()) {
            if (Integer.parseInt(words.group(1)) > largest) {
                largest = Integer.parseInt(words.group(1));
                top = words.group(2);
            }
        }
        assertEquals("grönska", top, "the most frequent word is the largest");
        assertTrue(Pattern.compile("direction=\"rtl\">تعاون</text>").matcher(cloud).find(), "Arabic words run right to left");
        assertTrue(cloud.contains("<th scope=\"row\"><bdi>grönska</bdi></th><td>6</td>"), "and the counts in a table");
    }

    @Test
    void ideasInColumnsByThemeQuestionsByVotesWithTheAnsweredApart() {
        String ideas = onScreen(ActivityKind.IDEAS);
        assertTrue(ideas.contains("Kollektivtrafik och cykel") && ideas.contains("Kommunen som förebild"));
        int solar = ideas.indexOf("Solceller på alla kommunens tak");
        int pool = ideas.indexOf("Bilpool för kommunens anställda");
        assertTrue(solar > 0 && solar < pool, "most votes first in its column");
        assertTrue(ideas.contains("Anna Lind"), "names shown");
        scenario.present(ActivityKind.IDEAS, true);
        String onlyResults = browser.get("/workshops/" + scenario.workshop.id() + "/present/part?lang=sv").body();
        assertTrue(onlyResults.contains("Solceller på alla kommunens tak") && !onlyResults.contains("Anna Lind"),
                "results only: no names");
        assertTrue(onlyResults.contains("data-only-results=\"true\""));

        String qa = onScreen(ActivityKind.QA);
        int open = qa.indexOf("Hur följer ni upp klimatplanen");
        int fewer = qa.indexOf("Kan föreningar söka pengar");
        int answeredHeading = qa.indexOf("Besvarade");
        int answered = qa.indexOf("När blir busstrafiken fossilfri?");
        assertTrue(open > 0 && open < fewer && fewer < answeredHeading && answeredHeading < answered, qa);
    }

    @Test
    void breakoutGroupsAsAGridTheMatrixAsAHeatMapWithLegendAndTheChat() {
        String breakout = onScreen(ActivityKind.BREAKOUT);
        assertEquals(4, breakout.split("class=\"board-tile\"", -1).length - 1, "a tile per group");
        String sdg = onScreen(ActivityKind.SDG_MATRIX);
        assertTrue(sdg.contains("heatmap--stage") && sdg.contains("heat--p3"), "the heat map");
        assertEquals(7, sdg.split("heat-legend__swatch", -1).length - 1, "a legend of seven steps");
        assertTrue(sdg.contains("+3 odelbar") && sdg.contains("−3 omöjliggörande"));
        assertTrue(sdg.contains("chart--paired"), "the influence ranking as a chart");
        String chat = onScreen(ActivityKind.CHAT);
        assertTrue(chat.contains("Hej från Norrby!") && chat.contains("مرحبا من المكتبة"));
    }

    @Test
    void theRunningPageSaysWhatIsOnScreenAndListsTheShortcuts() {
        scenario.present(ActivityKind.QA, false);
        String run = browser.get("/workshops/" + scenario.workshop.id() + "?lang=sv").body();
        assertTrue(run.contains("Storskärmen visar:"), run);
        assertTrue(Pattern.compile("Storskärmen visar: <strong><bdi>Frågor till klimatstrategen</bdi>").matcher(run).find());
        assertTrue(run.contains("id=\"shortcuts\"") && run.contains("<kbd>R</kbd>") && run.contains("Nästa aktivitet"));
        assertEquals(1, run.split("På storskärmen", -1).length - 1, "one activity is on screen");
        // the facilitator puts another one there with the button
        long poll = scenario.activities.get(ActivityKind.POLL).id();
        assertEquals(303, browser.post("/workshops/" + scenario.workshop.id() + "/control", "action", "PRESENTED",
                "activity", poll).status());
        assertTrue(present().contains("id=\"present-" + poll + "\""));
        // an activity that does not exist is refused
        WebClient.Response unknown = browser.post("/workshops/" + scenario.workshop.id() + "/control", "action", "PRESENTED",
                "activity", "999999");
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(present().contains("id=\"present-" + poll + "\""), "the screen stays as it was");
        // only the workshop's facilitators see the presenter view
        WebClient other = new WebClient(server.getURI());
        other.signIn(analyst.email(), Fixtures.PASSWORD);
        WebClient.Response refused = other.get("/workshops/" + scenario.workshop.id() + "/present");
        assertEquals(403, refused.status());
        assertFalse(refused.body().contains(scenario.workshop.code()));
    }
}
