package se.samrad.dialogue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every results page rendered over HTTP with real answers (free texts and "other" texts included), as the staff
 * read them and as the moderators use them: the overview, the results with and without a filter (with the
 * representativeness table), the free-text answers with search, hiding, restoring and tagging, the exports and
 * the public summary. A template that cannot read what its page hands it answers 500 here.
 */
@MicronautTest(transactional = false)
class DialogueResultPagesTest extends IntegrationTest {

    static final String IDEA = "Fler träd och bänkar vid torget";
    static final String OTHER = "Fler fritidsgårdar för unga";

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Dialogues dialogues;
    @Inject Participation participation;
    @Inject PopulationShares population;
    @Inject GoalCatalogue catalogue;

    Account facilitatorAccount;
    Account councilAccount;
    Dialogue dialogue;

    @BeforeAll
    void answered() {
        Organisation org = fixtures.organisation("Sidvisningsby");
        facilitatorAccount = fixtures.account(org, Role.FACILITATOR);
        councilAccount = fixtures.account(org, Role.COUNCIL_MEMBER);
        CurrentUser facilitator = directory.toUser(facilitatorAccount);
        Dialogue created = dialogues.create(facilitator, SampleDialogue.texts(), SampleDialogue.settings());
        Questionnaire questions = SampleDialogue.questionnaire(catalogue);
        dialogues.changeQuestions(facilitator, created.id(), q -> questions);
        population.set(facilitator, created.id(), SampleDialogue.population());
        dialogue = dialogues.changeState(facilitator, created.id(), DialogueState.OPEN);
        for (int i = 0; i < 6; i++) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            values.put("thrive", List.of(i % 2 == 0 ? "good" : "bad"));
            values.put("issues", List.of("transit", "other"));
            values.put("transit-rating", List.of("4"));
            values.put("transit-idea", List.of("Tätare turer " + i));
            values.put("idea", List.of(IDEA + " " + i));
            values.put("district", List.of(i < 4 ? "centrum" : "norr"));
            values.put("age", List.of("20-39"));
            values.put("gender", List.of("woman"));
            Answers answers = new Answers(values, Map.of("issues", OTHER + " " + i));
            var stored = participation.submitComplete(dialogue, "pages-test-" + i, i % 3 == 0 ? "ar" : "sv", answers);
            assertTrue(stored.errors().isEmpty(), stored.errors().getFields().toString());
        }
    }

    private WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    private Document page(WebClient client, String path) {
        WebClient.Response response = client.get(path);
        assertEquals(200, response.status(), path + ": " + response.body());
        return Jsoup.parse(response.body());
    }

    private String base() {
        return "/dialogues/" + dialogue.id();
    }

    @Test
    void theOverviewTheResultsAndARepresentativenessViewRender() {
        WebClient staff = signedIn(councilAccount);
        assertNotNull(page(staff, base()).selectFirst("h1"));
        Document all = page(staff, base() + "/results?lang=en");
        assertNotNull(all.selectFirst("#question-thrive table"));
        assertNotNull(all.selectFirst("#representation-heading"), "who answered against who lives there");
        // every scrolling table's region has its own name: "Who answered? How old are you?" beside "How old are you?"
        List<String> names = all.select("[role=region]").stream().map(region -> java.util.Arrays.stream(
                region.attr("aria-labelledby").split(" ")).map(id -> all.getElementById(id).text())
                .collect(java.util.stream.Collectors.joining(" "))).toList();
        assertEquals(names.size(), java.util.Set.copyOf(names).size(), "region names repeat: " + names);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("Who has answered?") || n.startsWith("Who answered?")), names.toString());
        assertTrue(all.select("a[href*=/results/texts/idea]").size() > 0, "a link to the free texts");
        Document filtered = page(staff, base() + "/results?district=norr&age=20-39&gender=woman&answered=sv&lang=en");
        assertEquals("norr", filtered.selectFirst("#filter-district option[selected]").val());
        assertNotNull(filtered.selectFirst("#question-thrive table"));
        assertEquals(200, staff.get("/dialogues/" + dialogue.id() + "/population").status());
    }

    @Test
    void theFreeTextsRenderForReadersAndModeratorsWhoHideRestoreAndTagThem() {
        Document read = page(signedIn(councilAccount), base() + "/results/texts/idea");
        assertEquals(6, read.select("li.text-answer").size());
        assertTrue(read.text().contains(IDEA + " 5"));
        assertTrue(read.select("li.text-answer form").isEmpty(), "readers do not moderate");

        WebClient moderator = signedIn(facilitatorAccount);
        Document texts = page(moderator, base() + "/results/texts/idea?q=" + "torget");
        Element first = texts.selectFirst("li.text-answer");
        assertNotNull(first);
        String answerId = first.id().replace("answer-", "");
        WebClient.Response hidden = moderator.post(base() + "/results/answers/" + answerId + "/hide",
                "question", "idea", "q", "torget", "page", "1");
        assertEquals(303, hidden.status());
        assertTrue(hidden.location().endsWith("/results/texts/idea?done=done-hidden&q=torget&page=1#answer-" + answerId),
                "back to the list the moderator came from: " + hidden.location());
        Document afterHiding = page(moderator, hidden.location());
        assertTrue(afterHiding.selectFirst("#answer-" + answerId).hasClass("text-answer--hidden"));
        assertEquals(5, page(signedIn(councilAccount), base() + "/results/texts/idea").select("li.text-answer").size(),
                "readers no longer see the hidden answer");
        assertEquals(303, moderator.post(base() + "/results/answers/" + answerId + "/restore", "question", "idea")
                .status());
        WebClient.Response nowhere = moderator.post(base() + "/results/answers/" + answerId + "/restore",
                "question", "../idea", "page", "ett");
        assertEquals(base() + "/results", nowhere.location(), "a return address that is no question is not followed");
        WebClient.Response tagged = moderator.post(base() + "/results/answers/" + answerId + "/targets",
                "question", "idea", "codes", "11.7, 12.3");
        assertEquals(303, tagged.status());
        Document afterTagging = page(moderator, tagged.location());
        assertEquals("11.7, 12.3", afterTagging.selectFirst("#codes-" + answerId).val());
        assertFalse(afterTagging.selectFirst("#answer-" + answerId).hasClass("text-answer--hidden"));
        WebClient.Response wrong = moderator.post(base() + "/results/answers/" + answerId + "/targets",
                "question", "idea", "codes", "99.9");
        assertEquals(303, wrong.status());
        assertEquals(200, moderator.get(wrong.location()).status());

        Document other = page(moderator, base() + "/results/texts/issues");
        assertTrue(other.text().contains(OTHER + " 0"), "the \"other\" texts of a multiple choice");
        assertTrue(page(moderator, base() + "/results/texts/transit-idea").text().contains("Tätare turer 3"));
        assertEquals(404, moderator.get(base() + "/results/texts/nosuchquestion").status());
    }

    @Test
    void theExportsAndThePublicSummaryCarryTheAnswers() {
        WebClient moderator = signedIn(facilitatorAccount);
        WebClient.Response csv = moderator.get(base() + "/export.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains(IDEA + " 2"), "free texts in the CSV");
        assertEquals(200, moderator.get(base() + "/export.xlsx").status());
        assertEquals(200, moderator.get(base() + "/contacts.csv").status());
        assertEquals(303, moderator.post(base() + "/summary", "summary-sv", "Vi hörde er", "action", "publish").status());
        WebClient.Response summary = new WebClient(server.getURI()).get("/d/" + dialogue.publicKey() + "/summary");
        assertEquals(200, summary.status());
    }
}
