package se.samrad.indicator;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.dialogue.Answers;
import se.samrad.dialogue.Dialogue;
import se.samrad.dialogue.DialogueState;
import se.samrad.dialogue.Dialogues;
import se.samrad.dialogue.Participation;
import se.samrad.dialogue.SampleDialogue;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.i18n.Language;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;
import se.samrad.workshop.WorkshopService;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From a deviation one click starts a workshop or a dialogue on the causes, with the indicator's figures in its
 * brief; the indicator's page then lists both with what came in (counts, the latest ideas and answers, links).
 */
@MicronautTest(transactional = false)
class IndicatorInputsTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject WorkshopService workshops;
    @Inject Dialogues dialogues;
    @Inject Participation participation;
    @Inject IndicatorSubject subject;
    @Inject Messages messages;
    @Inject GoalCatalogue catalogue;

    Organisation home;
    Account account;
    WebClient facilitator;
    long waste;

    @BeforeAll
    void aDeviatingIndicator() {
        home = fixtures.organisation("Orsaksby");
        account = fixtures.account(home, Role.ANALYST, Role.FACILITATOR);
        facilitator = signedIn(account);
        String location = facilitator.post("/indicators/new", "title", "Matsvinn i skolan", "unit", "g per portion",
                "direction", "LOWER").expect(303).location();
        waste = Long.parseLong(location.replaceAll(".*/indicators/(\\d+).*", "$1"));
        facilitator.post("/indicators/" + waste + "/targets", "targetYear", "2030", "targetValue", "40").expect(303);
        for (String[] v : new String[][]{{"2019", "52"}, {"2021", "55"}, {"2023", "58"}}) {
            facilitator.post("/indicators/" + waste + "/values", "series", "OWN", "year", v[0], "value", v[1])
                    .expect(303);
        }
    }

    WebClient signedIn(Account who) {
        WebClient client = new WebClient(server.getURI());
        client.signIn(who.email(), Fixtures.PASSWORD);
        return client;
    }

    CurrentUser user() {
        return new CurrentUser(account.id(), home.id(), account.email(), "", Set.of(Role.ANALYST, Role.FACILITATOR));
    }

    @Test
    void aWorkshopAndADialogueStartedFromADeviationReportTheirInputBackToTheIndicator() {
        Document deviations = facilitator.page("/indicators/deviations");
        Element row = deviations.select("tbody tr").stream()
                .filter(r -> r.text().contains("Matsvinn i skolan")).findFirst().orElseThrow();
        assertEquals(List.of("/indicators/" + waste + "/start/workshop", "/indicators/" + waste + "/start/dialogue"),
                row.select("form").eachAttr("action"));
        assertEquals(List.of("Starta en workshop om orsakerna Matsvinn i skolan",
                "Starta en dialog om orsakerna Matsvinn i skolan"), row.select("form button").eachText());
        assertTrue(facilitator.page("/indicators/" + waste).text()
                .contains("Ingen workshop eller dialog har startats från nyckeltalet än."));

        // the workshop: its brief carries the signal and the chart's figures, its idea board asks for the causes
        String workshopPage = facilitator.post("/indicators/" + waste + "/start/workshop").expect(303).location();
        assertTrue(workshopPage.matches("/workshops/\\d+"), workshopPage);
        long workshopId = Long.parseLong(workshopPage.replaceAll("\\D", ""));
        var workshop = workshops.visible(user(), workshopId);
        assertEquals("Varför avviker Matsvinn i skolan?", workshop.title());
        assertTrue(workshop.description().contains("Signal: Rör sig bort från målet."), workshop.description());
        assertTrue(workshop.description().contains("2023: Vi 58;"), workshop.description());
        assertTrue(workshop.description().contains("2030: Målnivå 40;"), workshop.description());
        assertTrue(workshop.description().contains("/indicators/" + waste), workshop.description());
        long board = workshops.activities(workshopId).get(0).id();
        facilitator.post("/workshops/" + workshopId + "/control", "action", "STARTED", "activity", board)
                .expect(303);
        WebClient anna = new WebClient(server.getURI());
        anna.post("/w/" + workshop.code() + "/join", "name", "Anna").expect(303);
        anna.post("/w/" + workshop.code() + "/input", "clientId", "i1", "type", "IDEA", "activity", board,
                "text", "Portionerna är för stora").expect(303);

        // the dialogue: the same brief as its introduction, one free-text question
        String dialoguePage = facilitator.post("/indicators/" + waste + "/start/dialogue").expect(303).location();
        long dialogueId = Long.parseLong(dialoguePage.replaceAll("\\D", ""));
        Dialogue dialogue = dialogues.changeState(user(), dialogueId, DialogueState.OPEN);
        assertTrue(dialogue.text("introduction", "sv").value().contains("2019: Vi 52;"));
        assertEquals("Vad tror du ligger bakom utvecklingen för Matsvinn i skolan?",
                dialogue.questionnaire().sections().get(0).questions().get(0).text().get("sv"));
        participation.submitComplete(dialogue, "resident-1", "sv",
                new Answers(Map.of("causes", List.of("Maten är inte god")), Map.of()));

        Document page = facilitator.page("/indicators/" + waste);
        List<String> items = page.select(".indicator-inputs > li").eachText();
        assertEquals(2, items.size(), items.toString());
        assertTrue(items.get(0).startsWith("Dialog: Varför avviker Matsvinn i skolan? (svar: 1,"), items.get(0));
        assertTrue(items.get(0).contains("Maten är inte god"), items.get(0));
        assertTrue(items.get(1).startsWith("Workshop: Varför avviker Matsvinn i skolan? (bidrag: 1,"), items.get(1));
        assertTrue(items.get(1).contains("Portionerna är för stora"), items.get(1));
        assertEquals(List.of(dialoguePage, workshopPage), page.select(".indicator-inputs > li > a").eachAttr("href"));
    }

    @Test
    void residentsOpeningADialogueStartedFromAnIndicatorSeeItsChartAndTableInTheirLanguage() {
        String dialoguePage = facilitator.post("/indicators/" + waste + "/start/dialogue").expect(303).location();
        Dialogue dialogue = dialogues.changeState(user(), Long.parseLong(dialoguePage.replaceAll("\\D", "")),
                DialogueState.OPEN);

        WebClient resident = new WebClient(server.getURI());
        Document swedish = resident.page("/d/" + dialogue.publicKey());
        Element section = swedish.selectFirst("section[aria-labelledby=subject-heading]");
        assertEquals("Siffrorna bakom frågan", section.selectFirst("h2").text());
        Element svg = section.selectFirst("svg.chart--lines[role=img]");
        assertEquals("Matsvinn i skolan", svg.selectFirst("title").text());
        // own values, the target line and the projection with its interval, each named in the legend
        assertEquals(List.of("Vi", "Målnivå", "Framskrivning", "Framskrivningens osäkerhet (90 %)"),
                svg.select(".chart__legend").eachText());
        // the same figures in a table: only years with figures, the interval written in the last column
        Element table = section.selectFirst("table.chart-table");
        assertEquals("Matsvinn i skolan", table.selectFirst("caption").text());
        assertEquals(List.of("2019", "2021", "2023", "2030"), table.select("tbody th[scope=row]").eachText());
        List<String> year2023 = table.select("tbody tr").get(2).select("td").eachText();
        assertEquals("58", year2023.get(0));
        assertTrue(table.select("tbody tr").get(3).text().contains("Framskrivningens osäkerhet (90 %): "),
                table.select("tbody tr").get(3).text());
        assertEquals("Enhet: g per portion", section.selectFirst("p").text());
        assertTrue(swedish.select("a[href^=/indicators/]").isEmpty(), "no link to the staff-only indicator page");

        // in Arabic: the words in Arabic and the chart mirrored
        Document arabic = resident.acceptLanguage("ar").page("/d/" + dialogue.publicKey());
        assertEquals("rtl", arabic.selectFirst("html").attr("dir"));
        Element arabicSection = arabic.selectFirst("section[aria-labelledby=subject-heading]");
        assertEquals("الأرقام وراء السؤال", arabicSection.selectFirst("h2").text());
        Element arabicSvg = arabicSection.selectFirst("svg.chart--lines");
        assertEquals("rtl", arabicSvg.attr("direction"));
        assertTrue(arabicSvg.select(".chart__legend").eachText().containsAll(List.of("نحن", "المستوى المستهدف")),
                arabicSvg.select(".chart__legend").eachText().toString());
    }

    @Test
    void aDialogueNotStartedFromAnIndicatorShowsNoFiguresAndNoOtherOrganisationSeesTheLink() {
        Dialogue created = dialogues.create(user(), SampleDialogue.texts(), SampleDialogue.settings());
        dialogues.changeQuestions(user(), created.id(), q -> SampleDialogue.questionnaire(catalogue));
        Dialogue plain = dialogues.changeState(user(), created.id(), DialogueState.OPEN);
        Document page = new WebClient(server.getURI()).page("/d/" + plain.publicKey());
        assertEquals("Hur ska Exempelkommun bli hållbar?", page.select("h1").text());
        assertTrue(page.select("section[aria-labelledby=subject-heading]").isEmpty());
        assertTrue(page.select("svg.chart").isEmpty());

        String started = facilitator.post("/indicators/" + waste + "/start/dialogue").expect(303).location();
        long startedId = Long.parseLong(started.replaceAll("\\D", ""));
        Language sv = messages.language("sv").orElseThrow();
        assertTrue(subject.attached(home.id(), "dialogue", startedId, sv).isPresent());
        assertTrue(subject.attached(home.id(), "workshop", startedId, sv).isEmpty(), "a workshop with the same id is another");
        Organisation other = fixtures.organisation("Främlingsby");
        assertTrue(subject.attached(other.id(), "dialogue", startedId, sv).isEmpty());
    }

    @Test
    void onlyThoseWhoMayStartOneAreOfferedItAndAnotherOrganisationsIndicatorIsNotFound() {
        Account council = fixtures.account(home, Role.COUNCIL_MEMBER);
        WebClient reader = signedIn(council);
        Document deviations = reader.page("/indicators/deviations");
        assertTrue(deviations.select("form[action*=/start/]").isEmpty());
        WebClient.Response refused = reader.post("/indicators/" + waste + "/start/workshop");
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains("behörighet") || refused.body().contains("Behörighet"), refused.body());

        Organisation other = fixtures.organisation("Grannby");
        WebClient stranger = signedIn(fixtures.account(other, Role.FACILITATOR, Role.ANALYST));
        WebClient.Response notFound = stranger.post("/indicators/" + waste + "/start/dialogue");
        assertEquals(404, notFound.status());
        assertTrue(notFound.document().select("h1").text().length() > 0);
        assertEquals(404, facilitator.post("/indicators/" + waste + "/start/meeting").status());
    }
}
