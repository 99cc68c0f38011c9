package se.samrad.dialogue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Translation files: every resident-facing text out as CSV, back in with a line-by-line dry run, versions kept. */
@MicronautTest(transactional = false)
class TranslationFilesTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Dialogues dialogues;
    @Inject TranslationFiles files;
    @Inject GoalCatalogue catalogue;

    Organisation org;
    Account facilitator;
    Account councilMember;

    @BeforeAll
    void people() {
        org = fixtures.organisation("Översättarby");
        facilitator = fixtures.account(org, Role.ORG_ADMIN);
        councilMember = fixtures.account(org, Role.COUNCIL_MEMBER);
    }

    private CurrentUser user() {
        return directory.toUser(facilitator);
    }

    private static Map<String, String> sv(String text) {
        return Map.of("sv", text);
    }

    private Dialogue dialogue() {
        Map<String, String> title = new LinkedHashMap<>();
        title.put("sv", "Torget");
        title.put("en", "The square");
        Dialogue d = dialogues.create(user(), DialogueController.emptyTexts().with("title", title)
                .with("introduction", sv("Vi bygger om torget, säg \"vad\" du tycker; gärna.")),
                new Dialogues.Settings(List.of("sv", "en"), null, null, true, false));
        long goal = catalogue.agenda2030().goals().get(10).id();
        Question single = new Question("q1", QuestionType.SINGLE, sv("Hur ofta är du på torget?"), Map.of(), true,
                List.of(new Option("o1", sv("Varje dag"), List.of()), new Option("o2", Map.of("sv", "Sällan", "en", "Rarely"), List.of())),
                false, null, null, Map.of(), Map.of(), null, null, List.of(), null);
        Question rating = new Question("q2", QuestionType.RATING, sv("Hur trivs du?"), sv("Välj ett tal"), true, List.of(),
                false, 1, 5, sv("Inte alls"), sv("Mycket"), null, null, List.of(), null);
        Question goals = new Question("q3", QuestionType.TARGETS, sv("Vilka mål är viktigast?"), Map.of(), false,
                List.of(new Option(String.valueOf(goal), sv("11. Hållbara städer"), List.of(goal))), false, null, null,
                Map.of(), Map.of(), null, null, List.of(), null);
        return dialogues.changeQuestions(user(), d.id(), q -> q.withSection(new Section("s1", sv("Om torget"), Map.of(), null,
                List.of(single, rating, goals))));
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        assertEquals('\uFEFF', csv.charAt(0), "a byte-order mark so spreadsheet programs read UTF-8");
        return CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
    }

    @Test
    void exportHoldsEveryResidentFacingTextOnceWithAColumnPerLanguage() throws Exception {
        Dialogue d = dialogue();
        List<CSVRecord> rows = parse(files.export(user(), d.id()));
        assertEquals(List.of("key", "sv", "en"), rows.get(0).toList());
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        rows.subList(1, rows.size()).forEach(r -> byKey.put(r.get(0), r.toList().subList(1, 3)));
        assertEquals(List.of("Torget", "The square"), byKey.get("dialogue.title"));
        assertEquals(List.of("Vi bygger om torget, säg \"vad\" du tycker; gärna.", ""), byKey.get("dialogue.introduction"));
        assertTrue(byKey.containsKey("dialogue.summary") && byKey.containsKey("dialogue.privacy"));
        assertEquals(List.of("Om torget", ""), byKey.get("section.s1.title"));
        assertEquals(List.of("Sällan", "Rarely"), byKey.get("option.q1.o2"));
        assertEquals(List.of("Inte alls", ""), byKey.get("question.q2.minLabel"));
        assertFalse(byKey.containsKey("question.q1.minLabel"), "scale labels only for scales");
        assertTrue(byKey.keySet().stream().noneMatch(k -> k.startsWith("option.q3.")), "goal names come from the catalogue");
        assertEquals(7 + 2 + 2 + 2 + 4 + 2, byKey.size());
        // Texts written in Swedish without English: introduction, section title, three question texts, the
        // rating's help and labels, one option.
        assertEquals(Map.of("en", 9), TranslationFiles.missing(d));
    }

    @Test
    void aDryRunReportsChangesAndUnknownKeysLineByLineAndChangesNothing() {
        Dialogue d = dialogue();
        String file = "key,sv,en,ar\n"
                + "dialogue.title,Torget,The town square,الساحة\n"
                + "question.q1.text,,How often are you at the square?,\n"
                + "question.q9.text,Borttagen,Removed,\n"
                + "\"option.q1.o1\",Varje dag,\"Every day, or nearly\",\n"
                + "section.s1.title,Om torget,,\n";
        TranslationFiles.Report report = files.importFile(user(), d.id(), file.getBytes(StandardCharsets.UTF_8), true);
        assertFalse(report.applied());
        assertEquals(List.of(
                new TranslationFiles.Change(2, "dialogue.title", "en", "The square", "The town square"),
                new TranslationFiles.Change(3, "question.q1.text", "en", "", "How often are you at the square?"),
                new TranslationFiles.Change(5, "option.q1.o1", "en", "", "Every day, or nearly")), report.changes());
        assertEquals(List.of(new TranslationFiles.Problem(1, "ar", "dialogue.staff.translations.problem.language"),
                new TranslationFiles.Problem(4, "question.q9.text", "dialogue.staff.translations.problem.key")), report.problems());
        assertEquals("The square", dialogues.get(user(), d.id()).texts().title().get("en"));

        // Applied to a draft: the texts change in place (no new version).
        TranslationFiles.Report applied = files.importFile(user(), d.id(), file.getBytes(StandardCharsets.UTF_8), false);
        assertTrue(applied.applied());
        Dialogue after = dialogues.get(user(), d.id());
        assertEquals("The town square", after.texts().title().get("en"));
        assertEquals("Torget", after.texts().title().get("sv"));
        assertEquals("How often are you at the square?", after.questionnaire().question("q1").orElseThrow().text().get("en"));
        assertEquals("Hur ofta är du på torget?", after.questionnaire().question("q1").orElseThrow().text().get("sv"), "empty cells change nothing");
        assertEquals("Every day, or nearly", after.questionnaire().question("q1").orElseThrow().option("o1").orElseThrow().text().get("en"));
        assertEquals(d.versionId(), after.versionId());
        assertEquals(Map.of("en", 7), TranslationFiles.missing(after));
        assertTrue(files.importFile(user(), d.id(), file.getBytes(StandardCharsets.UTF_8), true).changes().isEmpty(), "idempotent");
    }

    @Test
    void importingIntoAPublishedDialogueMakesANewVersion() {
        Dialogue d = dialogues.changeState(user(), dialogue().id(), DialogueState.OPEN);
        String file = "key;sv;en\r\nquestion.q2.maxLabel;Mycket;Very much\r\n";
        TranslationFiles.Report report = files.importFile(user(), d.id(), file.getBytes(StandardCharsets.UTF_8), false);
        assertEquals(1, report.changes().size());
        Dialogue after = dialogues.get(user(), d.id());
        assertEquals(2, after.versionNumber());
        assertEquals("Very much", after.questionnaire().question("q2").orElseThrow().maxLabel().get("en"));
        assertFalse(dialogues.version(d.versionId()).question("q2").orElseThrow().maxLabel().containsKey("en"));
    }

    @Test
    void brokenFilesAreRefusedWithAReason() {
        long id = dialogue().id();
        assertKey("dialogue.staff.translations.error.header", () -> files.importFile(user(), id, "sv,en\nx,y\n".getBytes(StandardCharsets.UTF_8), true));
        assertKey("dialogue.staff.translations.error.encoding", () -> files.importFile(user(), id,
                "key,sv\ndialogue.title,Torg i Malmö\n".getBytes(StandardCharsets.ISO_8859_1), true));
        assertKey("dialogue.staff.translations.error.empty", () -> files.importFile(user(), id, new byte[0], true));
        assertKey("dialogue.staff.translations.error.format", () -> files.importFile(user(), id,
                "key,sv\ndialogue.title,\"unterminated\n".getBytes(StandardCharsets.UTF_8), true));
        TranslationFiles.Report tooLong = files.importFile(user(), id, ("key,sv\ndialogue.title," + "x".repeat(300) + "\n")
                .getBytes(StandardCharsets.UTF_8), true);
        assertEquals("dialogue.staff.translations.problem.too-long", tooLong.problems().get(0).messageKey());
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable action) {
        assertEquals(key, assertThrows(InvalidRequestException.class, action).messageKey());
    }

    @Test
    void pagesDownloadAndUploadOverHttp() throws Exception {
        Dialogue d = dialogue();
        WebClient web = new WebClient(server.getURI());
        web.signIn(facilitator.email(), Fixtures.PASSWORD);
        WebClient.Response page = web.get("/dialogues/" + d.id() + "/translations");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("9 texter saknar översättning"), "how much is left to translate");
        WebClient.Response csv = web.get("/dialogues/" + d.id() + "/translations.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").contains("translations.csv"));
        assertTrue(csv.body().contains("option.q1.o2,Sällan,Rarely"));

        String file = csv.body().replace("option.q1.o2,Sällan,Rarely", "option.q1.o2,Sällan,Seldom");
        HttpResponse<String> preview = upload(web, d.id(), file, true);
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("Seldom") && preview.body().contains("1 text skulle ändras"), preview.body());
        assertEquals("Rarely", dialogues.get(user(), d.id()).questionnaire().question("q1").orElseThrow().option("o2").orElseThrow().text().get("en"));
        HttpResponse<String> applied = upload(web, d.id(), file, false);
        assertEquals(200, applied.statusCode());
        assertEquals("Seldom", dialogues.get(user(), d.id()).questionnaire().question("q1").orElseThrow().option("o2").orElseThrow().text().get("en"));

        HttpResponse<String> empty = upload(web, d.id(), "", false);
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("href=\"#file\""));

        WebClient council = new WebClient(server.getURI());
        council.signIn(councilMember.email(), Fixtures.PASSWORD);
        assertEquals(200, council.get("/dialogues/" + d.id() + "/translations.csv").status());
        assertEquals(403, upload(council, d.id(), file, true).statusCode());
    }

    private HttpResponse<String> upload(WebClient web, long id, String content, boolean preview) throws Exception {
        String boundary = "----samrad" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        body.write(head.getBytes(StandardCharsets.UTF_8));
        body.write(content.getBytes(StandardCharsets.UTF_8));
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        if (preview) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"preview\"\r\n\r\n1\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String token = web.csrfToken();
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/dialogues/" + id + "/translations?_csrf=" + token))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "samrad_session=" + web.cookie("samrad_session") + "; samrad_csrf=" + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
