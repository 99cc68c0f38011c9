package se.samrad.dialogue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceReader;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Results as the organisation's staff see them: counts, shares, averages and rankings, filtered by group and
 * language; representativeness against the population; moderation of free text; CSV and XLSX exports; the
 * JSON API with its idempotent submission; and the evidence a dialogue offers for a tagged target.
 */
@MicronautTest(transactional = false)
class DialogueResultsTest extends IntegrationTest {

    static final int RESPONSES = 60;

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Dialogues dialogues;
    @Inject Participation participation;
    @Inject PopulationShares population;
    @Inject Results results;
    @Inject ResultCounts counts;
    @Inject TextAnswerStore texts;
    @Inject TextModeration moderation;
    @Inject EvidenceReader evidence;
    @Inject GoalCatalogue catalogue;

    Organisation org;
    Account facilitatorAccount;
    Account councilAccount;
    Account otherAccount;
    CurrentUser facilitator;
    Dialogue dialogue;
    int centrum;

    @BeforeAll
    void answered() {
        org = fixtures.organisation("Resultatby kommun");
        facilitatorAccount = fixtures.account(org, Role.FACILITATOR);
        councilAccount = fixtures.account(org, Role.COUNCIL_MEMBER);
        otherAccount = fixtures.account(fixtures.organisation("Annanby kommun"), Role.ORG_ADMIN);
        facilitator = directory.toUser(facilitatorAccount);
        Dialogue created = dialogues.create(facilitator, SampleDialogue.texts(), SampleDialogue.settings());
        Questionnaire questions = SampleDialogue.questionnaire(catalogue);
        dialogues.changeQuestions(facilitator, created.id(), q -> questions);
        population.set(facilitator, created.id(), SampleDialogue.population());
        dialogue = dialogues.changeState(facilitator, created.id(), DialogueState.OPEN);
        Random random = new Random(7);
        for (int i = 0; i < RESPONSES; i++) {
            Answers answers = DialogueDemo.randomAnswers(questions, random);
            if ("centrum".equals(answers.first("district"))) {
                centrum++;
            }
            var stored = participation.submitComplete(dialogue, "results-test-" + i, i % 3 == 0 ? "ar" : "sv", answers);
            assertTrue(stored.errors().isEmpty(), stored.errors().getFields().toString());
        }
    }

    private WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    private Results.QuestionResult question(Results.Summary summary, String key) {
        return summary.questions().stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void countsSharesAveragesAndRankings() {
        Results.Summary summary = results.summarise(dialogue, ResultFilter.ALL, "en");
        assertEquals(RESPONSES, summary.respondents());
        Results.QuestionResult thrive = question(summary, "thrive");
        assertEquals(RESPONSES, thrive.respondents());
        assertEquals(RESPONSES, thrive.options().stream().mapToLong(Results.OptionResult::count).sum());
        assertEquals(100.0, thrive.options().stream().mapToDouble(Results.OptionResult::percent).sum(), 0.001);
        assertEquals("Very well", thrive.options().get(0).label().value());

        Results.QuestionResult issues = question(summary, "issues");
        assertTrue(issues.options().stream().mapToLong(Results.OptionResult::count).sum() > RESPONSES,
                "several choices per respondent");
        Results.QuestionResult listen = question(summary, "listen");
        assertNotNull(listen.average());
        assertTrue(listen.average() >= 1 && listen.average() <= 5);
        assertEquals("dialogue.agreement.1", listen.options().get(0).labelKey());

        Results.QuestionResult ranking = question(summary, "priorities");
        for (int i = 1; i < ranking.options().size(); i++) {
            assertTrue(ranking.options().get(i - 1).averageRank() <= ranking.options().get(i).averageRank());
        }
        Results.QuestionResult goals = question(summary, "goals");
        assertEquals(17, goals.options().size());
        assertEquals("sdg-1", goals.options().get(0).colourClass());

        Results.QuestionResult transit = question(summary, "transit-rating");
        assertEquals(issues.options().stream().filter(o -> o.key().equals("transit")).findFirst().orElseThrow().count(),
                transit.respondents(), "the conditional section was answered by exactly those who chose transit");
    }

    /** Unfiltered results come from running totals; they must agree with counting the answers themselves. */
    @Test
    void runningTotalsAgreeWithTheAnswersEvenUnderConcurrentSubmissions() throws Exception {
        Dialogue created = dialogues.create(facilitator, SampleDialogue.texts(), SampleDialogue.settings());
        Questionnaire questions = SampleDialogue.questionnaire(catalogue);
        dialogues.changeQuestions(facilitator, created.id(), q -> questions);
        Dialogue open = dialogues.changeState(facilitator, created.id(), DialogueState.OPEN);
        int threads = 8;
        int each = 40;
        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(executor.submit(() -> {
                    Random random = new Random(thread);
                    for (int i = 0; i < each; i++) {
                        var result = participation.submitComplete(open, "concurrent-" + thread + "-" + i, "sv",
                                DialogueDemo.randomAnswers(questions, random));
                        assertTrue(result.stored());
                    }
                    return null;
                }));
            }
            for (var future : done) {
                future.get();
            }
        }
        assertEquals(threads * each, results.summarise(open, ResultFilter.ALL, "sv").respondents());
        assertEquals(sorted(counts.countAnswers(open.id(), ResultFilter.ALL)), sorted(counts.tally(open.id(), ResultFilter.ALL)));
        assertEquals(sorted(counts.countAnswers(dialogue.id(), ResultFilter.ALL)),
                sorted(counts.tally(dialogue.id(), ResultFilter.ALL)));
    }

    /** Running totals or counted answers in one comparable form (also for ResponseWriterTest). */
    static List<String> sorted(List<Tally> tallies) {
        return tallies.stream().map(t -> t.questionKey() + "/" + t.optionKey() + "=" + t.count() + "," + t.respondents()
                + "," + Math.round(t.sum() * 1000) + "," + t.min() + "," + t.max()).sorted().toList();
    }

    @Test
    void filtersByGroupAndLanguageAndShowsWhoIsUnderRepresented() {
        ResultFilter centre = new ResultFilter("centrum", null, null, null, null);
        assertEquals(centrum, results.summarise(dialogue, centre, "sv").respondents());
        assertEquals(centrum, question(results.summarise(dialogue, centre, "sv"), "thrive").respondents());
        long arabic = results.summarise(dialogue, new ResultFilter(null, null, null, null, "ar"), "sv").respondents();
        assertEquals(RESPONSES / 3, arabic);

        Results.Representation districts = results.summarise(dialogue, ResultFilter.ALL, "sv").representation().stream()
                .filter(r -> r.demographic() == Demographic.DISTRICT).findFirst().orElseThrow();
        Results.GroupShare centreShare = districts.groups().get(0);
        assertEquals(40.0, centreShare.populationPercent(), 0.001);
        assertEquals(100.0 * centrum / RESPONSES, centreShare.respondentPercent(), 0.001);
        for (Results.GroupShare group : districts.groups()) {
            assertEquals(group.respondentPercent() < 0.75 * group.populationPercent(), group.underRepresented(),
                    group.key());
        }
    }

    @Test
    void aFilteredViewIsKeptOnlyWhileNothingIsAdded() {
        Dialogue created = dialogues.create(facilitator, SampleDialogue.texts(), SampleDialogue.settings());
        Questionnaire questions = SampleDialogue.questionnaire(catalogue);
        dialogues.changeQuestions(facilitator, created.id(), q -> questions);
        Dialogue kept = dialogues.changeState(facilitator, created.id(), DialogueState.OPEN);
        ResultFilter centre = new ResultFilter("centrum", null, null, null, null);
        Random random = new Random(11);
        int inCentre = 0;
        for (int i = 0; i < 12; i++) {
            Answers answers = DialogueDemo.randomAnswers(questions, random);
            inCentre += "centrum".equals(answers.first("district")) ? 1 : 0;
            assertTrue(participation.submitComplete(kept, "kept-view-" + i, "sv", answers).errors().isEmpty());
            // Each view after a submission counts it: what was kept for the view before is not served.
            assertEquals(inCentre, results.summarise(kept, centre, "sv").respondents());
            assertEquals(sorted(counts.countAnswers(kept.id(), centre)), sorted(counts.tally(kept.id(), centre)));
        }
        assertTrue(inCentre > 0 && inCentre < 12, "the seed gives both groups");
        // Viewed again with nothing added: the same counts.
        assertEquals(inCentre, results.summarise(kept, centre, "sv").respondents());
        assertEquals(sorted(counts.countAnswers(kept.id(), centre)), sorted(counts.tally(kept.id(), centre)));
    }

    @Test
    void resultsPageExportsAndIsolation() throws Exception {
        WebClient staff = signedIn(councilAccount);
        WebClient.Response page = staff.get("/dialogues/" + dialogue.id() + "/results?district=norr&lang=en");
        assertEquals(200, page.status());
        Document html = Jsoup.parse(page.body());
        assertEquals("norr", html.selectFirst("#filter-district option[selected]").val());
        assertNotNull(html.selectFirst("#question-thrive table"));
        assertNotNull(html.selectFirst("#representation-heading"));
        assertEquals(403, staff.get("/dialogues/" + dialogue.id() + "/export.xlsx").status(), "council members read only");
        assertEquals(404, signedIn(otherAccount).get("/dialogues/" + dialogue.id() + "/results").status());

        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        WebClient facilitatorClient = signedIn(facilitatorAccount);
        String session = facilitatorClient.cookie("samrad_session");
        assertNotNull(session);
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/dialogues/"
                + dialogue.id() + "/export.xlsx")).header("Cookie", "samrad_session=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(RESPONSES + 1, sheet.getPhysicalNumberOfRows());
            assertTrue(sheet.getRow(0).getCell(3).getStringCellValue().startsWith("thrive: Hur trivs du"));
        }
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/dialogues/"
                + dialogue.id() + "/export.csv")).header("Cookie", "samrad_session=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(csv.body().startsWith("\ufeffresponse,submitted,language"), csv.body().substring(0, 40));
        assertEquals(RESPONSES + 1, csv.body().lines().count());
    }

    @Test
    void apiSubmissionIsIdempotentAndChecked() {
        Dialogue created = dialogues.create(facilitator, SampleDialogue.texts(), SampleDialogue.settings());
        dialogues.changeQuestions(facilitator, created.id(), q -> SampleDialogue.questionnaire(catalogue));
        Dialogue dialogue = dialogues.changeState(facilitator, created.id(), DialogueState.OPEN);
        WebClient anonymous = new WebClient(server.getURI());
        String body = "{\"clientId\":\"kiosk-0001-a\",\"lang\":\"en\",\"answers\":{\"thrive\":[\"good\"],"
                + "\"issues\":[\"jobs\",\"other\"]},\"other\":{\"issues\":\"Fler fritidsgårdar\"}}";
        assertEquals(201, postJson(anonymous, "/api/v1/d/" + dialogue.publicKey() + "/responses", body).statusCode());
        HttpResponse<String> again = postJson(anonymous, "/api/v1/d/" + dialogue.publicKey() + "/responses", body);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("\"stored\":false"), again.body());
        HttpResponse<String> wrong = postJson(anonymous, "/api/v1/d/" + dialogue.publicKey() + "/responses",
                "{\"clientId\":\"kiosk-0002-a\",\"answers\":{\"thrive\":[\"fantastic\"],\"nosuch\":[\"x\"]}}");
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("\"thrive\"") && wrong.body().contains("\"issues\"")
                && wrong.body().contains("\"nosuch\""), wrong.body());
        assertEquals(404, postJson(anonymous, "/api/v1/d/nosuchkey0/responses", body).statusCode());
        assertTrue(anonymous.getJson("/api/v1/d/" + dialogue.publicKey()).body().contains("\"questionnaire\""));
        assertTrue(texts.texts(dialogue.id(), "issues", ResultFilter.ALL, "fritidsgårdar", true, 5, 0).size() == 1);
    }

    @Test
    void moderationAndEvidenceForATaggedTarget() {
        long foodWaste = catalogue.agenda2030().element("12.3").orElseThrow().id();
        List<Evidence> counts = evidence.evidenceFor(org.id(), List.of(foodWaste));
        Evidence option = counts.stream().filter(e -> e.label().endsWith("Mindre matsvinn")).findFirst().orElseThrow();
        long chosen = question(results.summarise(dialogue, ResultFilter.ALL, "sv"), "issues").options().stream()
                .filter(o -> o.key().equals("foodwaste")).findFirst().orElseThrow().count();
        assertEquals(chosen, option.count());
        assertEquals("dialogue", option.source());
        assertTrue(evidence.evidenceFor(otherAccount.organisationId(), List.of(foodWaste)).isEmpty());

        TextAnswer idea = texts.texts(dialogue.id(), "idea", ResultFilter.ALL, null, true, 1, 0).get(0);
        moderation.tag(facilitator, dialogue.id(), idea.id(), "12.3, 11.6");
        assertTrue(evidence.evidenceFor(org.id(), List.of(foodWaste)).stream()
                .anyMatch(e -> e.type() == Evidence.Type.STATEMENT && e.label().equals(idea.text())));
        assertThrows(se.samrad.platform.InvalidRequestException.class,
                () -> moderation.tag(facilitator, dialogue.id(), idea.id(), "99.9"));

        moderation.setHidden(facilitator, dialogue.id(), idea.id(), true);
        assertFalse(texts.texts(dialogue.id(), "idea", ResultFilter.ALL, null, false, 100, 0).stream()
                .anyMatch(a -> a.id() == idea.id()), "hidden answers are left out for readers");
        assertFalse(evidence.evidenceFor(org.id(), List.of(foodWaste)).stream()
                .anyMatch(e -> e.type() == Evidence.Type.STATEMENT), "and out of evidence");
        moderation.setHidden(facilitator, dialogue.id(), idea.id(), false);

        WebClient staff = signedIn(councilAccount);
        Document target = Jsoup.parse(staff.get("/goals/agenda2030/12.3?lang=en").body());
        assertTrue(target.text().contains("How should Exempelkommun become sustainable?"), target.text());
        assertFalse(Jsoup.parse(signedIn(otherAccount).ok("/goals/agenda2030/12.3?lang=en").body()).text()
                .contains("How should Exempelkommun become sustainable?"));
    }

    private HttpResponse<String> postJson(WebClient client, String path, String json) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
