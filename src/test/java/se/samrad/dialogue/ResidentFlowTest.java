package se.samrad.dialogue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident answers over HTTP without JavaScript or an account: consent, page by page with a conditional
 * section, errors that keep what was typed, save and continue by the private link, and one stored response
 * however often the forms are sent.
 */
@MicronautTest(transactional = false)
class ResidentFlowTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Dialogues dialogues;
    @Inject GoalCatalogue catalogue;
    @Inject ResponseRepository responses;
    @Inject ResultCounts counts;
    @Inject TextAnswerStore texts;

    CurrentUser facilitator;
    String facilitatorEmail;
    Dialogue dialogue;

    @BeforeAll
    void dialogue() {
        Organisation org = fixtures.organisation("Svarsby kommun");
        var account = fixtures.account(org, Role.FACILITATOR);
        facilitatorEmail = account.email();
        facilitator = directory.toUser(account);
        dialogue = open(SampleDialogue.settings());
    }

    Dialogue open(Dialogues.Settings settings) {
        Dialogue created = dialogues.create(facilitator, SampleDialogue.texts(), settings);
        dialogues.changeQuestions(facilitator, created.id(), q -> SampleDialogue.questionnaire(catalogue));
        return dialogues.changeState(facilitator, created.id(), DialogueState.OPEN);
    }

    private WebClient client() {
        return new WebClient(server.getURI());
    }

    /** Starts answering as a new resident and returns the private path (without page number). */
    private String start(WebClient client, String lang) {
        return start(client, dialogue, lang);
    }

    private String start(WebClient client, Dialogue dialogue, String lang) {
        Document landing = Jsoup.parse(client.get("/d/" + dialogue.publicKey() + "?lang=" + lang).body());
        String attempt = landing.selectFirst("input[name=attempt]").val();
        WebClient.Response started = client.post("/d/" + dialogue.publicKey() + "/start", "attempt", attempt,
                "consent", "yes");
        assertEquals(303, started.status(), started.body());
        String location = started.location();
        assertTrue(location.endsWith("/1"), location);
        return location.substring(0, location.length() - 2);
    }

    @Test
    void landingPageIsInTheResidentsLanguageAndAsksForConsent() {
        WebClient client = client();
        Document page = Jsoup.parse(client.get("/d/" + dialogue.publicKey() + "?lang=ar").body());
        assertEquals("ar", page.selectFirst("html").attr("lang"));
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
        assertEquals("كيف يمكن أن تصبح Exempelkommun مستدامة؟", page.selectFirst("h1").text());
        assertNotNull(page.selectFirst("input#consent"));
        String attempt = page.selectFirst("input[name=attempt]").val();
        WebClient.Response refused = client.post("/d/" + dialogue.publicKey() + "/start", "attempt", attempt);
        assertEquals(422, refused.status());
        Document again = Jsoup.parse(refused.body());
        assertEquals("#consent", again.selectFirst(".error-summary a").attr("href"));
        assertEquals(attempt, again.selectFirst("input[name=attempt]").val(), "the same attempt, so a retry is idempotent");
    }

    @Test
    void startingTwiceWithTheSameFormOpensOneResponse() {
        WebClient client = client();
        Document landing = Jsoup.parse(client.get("/d/" + dialogue.publicKey()).body());
        String attempt = landing.selectFirst("input[name=attempt]").val();
        String first = client.post("/d/" + dialogue.publicKey() + "/start", "attempt", attempt, "consent", "yes").location();
        String second = client.post("/d/" + dialogue.publicKey() + "/start", "attempt", attempt, "consent", "yes").location();
        assertEquals(first, second);
    }

    @Test
    void errorsKeepWhatWasTypedAndTheConditionalSectionFollowsTheAnswers() {
        WebClient client = client();
        String path = start(client, "sv");
        // "Other" without saying what, and no answer to a required question.
        WebClient.Response wrong = client.post(path + "/1", form("action", "next", "q-issues", List.of("green", "other"),
                "q-listen", "4"));
        assertEquals(422, wrong.status());
        Document page = Jsoup.parse(wrong.body());
        assertEquals(2, page.select(".error-summary li").size(), page.select(".error-summary").text());
        assertEquals("#q-thrive", page.select(".error-summary a").get(0).attr("href"));
        assertEquals("#q-issues-other", page.select(".error-summary a").get(1).attr("href"));
        assertTrue(page.selectFirst("input[name=q-issues][value=green]").hasAttr("checked"));
        assertTrue(page.selectFirst("input[name=q-listen][value=4]").hasAttr("checked"));
        assertEquals("true", page.selectFirst("#q-thrive").attr("aria-invalid"));
        assertTrue(page.title().startsWith("Fel: Sida 1 av "), "the window title says there are errors first: " + page.title());

        // Without public transport, page 2 is the goals page; with it, the travel page comes first.
        WebClient.Response next = client.post(path + "/1", form("action", "next", "q-thrive", "good",
                "q-issues", List.of("green", "other"), "q-issues-other", "Fler cykelbanor", "q-listen", "4"));
        assertEquals(path + "/2", next.location());
        assertTrue(Jsoup.parse(client.get(path + "/2").body()).text().contains("Globala målen"));
        client.post(path + "/2", form("action", "back"));
        client.post(path + "/1", form("action", "next", "q-thrive", "good", "q-issues", List.of("transit", "green"),
                "q-listen", "4"));
        Document travel = Jsoup.parse(client.get(path + "/2").body());
        assertTrue(travel.text().contains("Resor"), travel.text());
        assertEquals("Sida 2 av 4", travel.selectFirst(".progress-text").text());
        assertTrue(travel.title().startsWith("Sida 2 av 4 – "), "each step has its own window title: " + travel.title());
    }

    @Test
    void theProgressStepsByOneAndItsTotalNeverGrowsWhenTheTravelSectionComesIntoPlay() {
        WebClient client = client();
        String path = start(client, "sv");
        // the travel section may still come (it depends on this page's answer): it is counted from the start
        assertEquals("Sida 1 av 4", progressText(client, path + "/1"));
        client.post(path + "/1", form("action", "next", "q-thrive", "good", "q-issues", List.of("green")));
        assertEquals("Sida 2 av 3", progressText(client, path + "/2"), "without public transport one page fewer");
        client.post(path + "/2", form("action", "back"));
        assertEquals("Sida 1 av 3", progressText(client, path + "/1"));
        client.post(path + "/1", form("action", "next", "q-thrive", "good", "q-issues", List.of("transit")));
        assertEquals("Sida 2 av 4", progressText(client, path + "/2"));
        assertEquals(path + "/3", client.post(path + "/2", form("action", "next", "q-transit-rating", "4")).location());
        assertEquals("Sida 3 av 4", progressText(client, path + "/3"));
        assertEquals(path + "/4", client.post(path + "/3", form("action", "next")).location());
        assertEquals("Sida 4 av 4", progressText(client, path + "/4"));
    }

    @Test
    void continueLaterReopensThePageTheResidentWasOnEvenWithNothingAnsweredThere() {
        WebClient client = client();
        String path = start(client, "sv");
        client.post(path + "/1", form("action", "next", "q-thrive", "good", "q-issues", List.of("green")));
        assertEquals(path + "/3", client.post(path + "/2", form("action", "next")).location());
        assertEquals(path + "/saved", client.post(path + "/3", form("action", "later")).location());
        WebClient other = client();
        assertEquals(path + "/3", other.get(path).location(), "the private link opens the page of 'Continue later'");
        assertEquals("Sida 3 av 3", progressText(other, path + "/3"));
        // going back a page and leaving: the link opens that page
        other.post(path + "/3", form("action", "back"));
        assertEquals(path + "/2", client().get(path).location());
    }

    @Test
    void aChoiceLimitIsSaidOnceAndAnUntouchedOtherFieldIsNotMarked() {
        WebClient client = client();
        String path = start(client, "en");
        Document page = Jsoup.parse(client.get(path + "/1").body());
        org.jsoup.nodes.Element issues = page.selectFirst("fieldset:has(input[name=q-issues])");
        assertEquals(List.of("Choose at most 3."), issues.select(".hint").eachText(), "the limit, once");
        // an error on another question: the "other" field left empty is not marked
        Document wrong = Jsoup.parse(client.post(path + "/1", form("action", "next", "q-issues", List.of("green"))).body());
        assertEquals(1, wrong.select(".error-summary li").size());
        assertTrue(wrong.select(".choice__other.field--error, #q-issues-other[aria-invalid]").isEmpty());
    }

    private static String progressText(WebClient client, String path) {
        return Jsoup.parse(client.get(path).body()).selectFirst(".progress-text").text();
    }

    @Test
    void saveAndContinueLaterByThePrivateLinkThenSubmitOnce() {
        WebClient client = client();
        String path = start(client, "en");
        client.post(path + "/1", form("action", "next", "q-thrive", "very", "q-issues", List.of("foodwaste")));
        WebClient.Response later = client.post(path + "/2", form("action", "later", "q-priorities-rank-schools", "1"));
        assertEquals(path + "/saved", later.location());
        Document saved = Jsoup.parse(client.get(path + "/saved").body());
        assertTrue(saved.selectFirst("#private-link").val().endsWith(path), saved.selectFirst("#private-link").val());

        // A new browser with only the link continues where the resident left off, answers kept.
        WebClient other = client().acceptLanguage("en");
        assertEquals(path + "/2", other.get(path).location());
        Document page2 = Jsoup.parse(other.get(path + "/2").body());
        assertEquals("1", page2.selectFirst("#q-priorities-rank-schools option[selected]").val());

        WebClient.Response tied = other.post(path + "/2", form("action", "next", "q-priorities-rank-schools", "1",
                "q-priorities-rank-buses", "1"));
        assertEquals(422, tied.status());
        assertTrue(Jsoup.parse(tied.body()).text().contains("same rank"));

        WebClient.Response years = other.post(path + "/2", form("action", "next", "q-priorities-rank-schools", "1",
                "q-priorities-rank-buses", "2", "q-years", "tolv"));
        assertEquals(422, years.status());
        assertEquals("tolv", Jsoup.parse(years.body()).selectFirst("#q-years").val());

        assertEquals(path + "/3", other.post(path + "/2", form("action", "next", "q-priorities-rank-schools", "1",
                "q-priorities-rank-buses", "2", "q-years", "12,5", "q-idea", "<script>alert(1)</script> Fler träd")).location());
        Map<String, Object> last = form("action", "next", "q-district", "norr", "q-age", "20-39");
        assertEquals(path + "/done", other.post(path + "/3", last).location());
        assertEquals(path + "/done", other.post(path + "/3", last).location(), "a second send changes nothing");
        assertTrue(Jsoup.parse(other.get(path + "/done").body()).text().contains("Thank you"));
        assertEquals(path + "/done", other.get(path + "/1").location());

        StoredResponse stored = responses.byToken(dialogue.id(),
                Dialogues.hash(path.substring(path.lastIndexOf('/') + 1))).orElseThrow();
        assertTrue(stored.submitted());
        assertNull(stored.draft(), "the submission keeps no draft of the last page");
        assertEquals("en", stored.lang(), "the language the last page was sent in");
        long rows = counts.tally(dialogue.id(), new ResultFilter("norr", "20-39", null, null, "en")).stream()
                .filter(t -> t.questionKey().equals("thrive")).mapToLong(Tally::count).sum();
        assertEquals(1, rows);
        assertTrue(texts.texts(dialogue.id(), "idea", ResultFilter.ALL, "Fler träd", true, 10, 0).stream()
                .anyMatch(a -> a.text().equals("<script>alert(1)</script> Fler träd")), "stored as typed");
    }

    @Test
    void aDialogueThatIsNotAnonymousAsksForOptionalContactDetailsWhichCanBeErased() {
        Dialogue named = open(new Dialogues.Settings(List.of("sv", "en"), null, null, false, false));
        WebClient client = client();
        Document landing = Jsoup.parse(client.get("/d/" + named.publicKey() + "?lang=en").body());
        assertNotNull(landing.selectFirst("input#email[type=email][autocomplete=email]"));
        assertTrue(Jsoup.parse(client.get("/d/" + dialogue.publicKey()).body()).select("input#email").isEmpty(),
                "anonymous dialogues never ask");
        String attempt = landing.selectFirst("input[name=attempt]").val();
        WebClient.Response wrong = client.post("/d/" + named.publicKey() + "/start", "attempt", attempt, "consent", "yes",
                "name", "Amal", "email", "not an address");
        assertEquals(422, wrong.status());
        Document again = Jsoup.parse(wrong.body());
        assertEquals("Amal", again.selectFirst("#name").val());
        assertEquals("not an address", again.selectFirst("#email").val());
        String path = client.post("/d/" + named.publicKey() + "/start", "attempt", attempt, "consent", "yes",
                "name", "Amal", "email", "amal@example.se").location();
        path = path.substring(0, path.length() - 2);
        client.post(path + "/1", form("action", "next", "q-thrive", "good", "q-issues", List.of("jobs")));
        client.post(path + "/2", form("action", "next"));
        assertEquals(path + "/done", client.post(path + "/3", form("action", "next")).location());
        assertEquals(List.of(new Contact("Amal", "amal@example.se")), responses.contacts(named.id()));

        WebClient staff = client();
        staff.signIn(facilitatorEmail, se.samrad.support.Fixtures.PASSWORD);
        WebClient.Response list = staff.get("/dialogues/" + named.id() + "/contacts.csv");
        assertEquals(200, list.status());
        assertTrue(list.body().startsWith("\uFEFF"), "a byte-order mark, as every CSV export");
        assertTrue(list.body().contains("Amal,amal@example.se"), list.body());
        assertEquals(303, staff.post("/dialogues/" + named.id() + "/contacts/erase", Map.of()).status());
        assertTrue(responses.contacts(named.id()).isEmpty());
        assertEquals(1, counts.respondents(named.id(), ResultFilter.ALL), "the answers stay");
    }

    @Test
    void robotsFillingTheHoneypotStoreNothing() {
        WebClient client = client();
        Document landing = Jsoup.parse(client.get("/d/" + dialogue.publicKey()).body());
        String attempt = landing.selectFirst("input[name=attempt]").val();
        WebClient.Response robot = client.post("/d/" + dialogue.publicKey() + "/start", "attempt", attempt,
                "consent", "yes", "website", "http://spam.example");
        assertEquals("/d/" + dialogue.publicKey(), robot.location());
        assertTrue(responses.byToken(dialogue.id(), Dialogues.hash(attempt)).isEmpty());
    }

    @Test
    void unknownDraftNotYetOpenAndClosedDialoguesSaySoInTheResidentsLanguage() {
        WebClient client = client();
        assertEquals(404, client.get("/d/nosuchkey1").status());
        Dialogue draft = dialogues.create(facilitator, SampleDialogue.texts(), SampleDialogue.settings());
        assertEquals(404, client.get("/d/" + draft.publicKey()).status());

        Dialogue later = open(new Dialogues.Settings(List.of("sv", "en"), java.time.Instant.now().plusSeconds(86_400),
                null, true, false));
        Document notYet = Jsoup.parse(client.get("/d/" + later.publicKey() + "?lang=en").body());
        assertTrue(notYet.text().contains("not open yet"), notYet.text());
        assertTrue(notYet.select("form[action$=/start]").isEmpty());

        Dialogue closed = open(SampleDialogue.settings());
        String path = start(client(), closed, "sv");
        dialogues.changeState(facilitator, closed.id(), DialogueState.CLOSED);
        Document page = Jsoup.parse(client.get("/d/" + closed.publicKey() + "?lang=ar").body());
        assertTrue(page.text().contains("هذا الحوار مغلق"), page.text());
        assertEquals(409, client().post(path + "/1", form("action", "next", "q-thrive", "good")).status());
    }

    private static Map<String, Object> form(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
