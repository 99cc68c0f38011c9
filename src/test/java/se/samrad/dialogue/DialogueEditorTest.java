package se.samrad.dialogue;

import se.samrad.platform.web.QrCodes;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
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

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The facilitator's editor over HTTP: creating a dialogue and its settings, sections and questions (options
 * with stable keys and target tags, conditions, scales, goal questions, background questions), publishing and
 * versions, the summary, population shares, QR codes, deletion; who may read and change, and other
 * organisations' 404.
 */
@MicronautTest(transactional = false)
class DialogueEditorTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Dialogues dialogues;
    @Inject GoalCatalogue catalogue;
    @Inject PopulationRowRepository population;

    Organisation org;
    Account facilitator;
    Account councilMember;
    Account stranger;

    @BeforeAll
    void people() {
        org = fixtures.organisation("Dialogby kommun");
        facilitator = fixtures.account(org, Role.FACILITATOR);
        councilMember = fixtures.account(org, Role.COUNCIL_MEMBER);
        stranger = fixtures.account(fixtures.organisation("Grannby kommun"), Role.FACILITATOR);
    }

    private WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    private CurrentUser user() {
        return directory.toUser(facilitator);
    }

    private static long idFrom(WebClient.Response response) {
        String location = response.location();
        assertNotNull(location, "redirected");
        return Long.parseLong(location.replaceAll("^/dialogues/(\\d+).*$", "$1"));
    }

    private long newDialogue(WebClient web, String title) {
        WebClient.Response created = web.post("/dialogues", "title-sv", title, "title-en", title + " (en)",
                "languages", List.of("sv", "en"));
        assertEquals(303, created.status(), created.body());
        return idFrom(created);
    }

    private Map<String, Object> question(String sectionKey, String type, String sv, String en, String... options) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("section", sectionKey);
        form.put("type", type);
        form.put("text-sv", sv);
        form.put("text-en", en);
        form.put("required", "1");
        form.put("option-count", String.valueOf(options.length / 2));
        for (int i = 0; i < options.length / 2; i++) {
            form.put("option-" + i + "-sv", options[2 * i]);
            form.put("option-" + i + "-en", options[2 * i + 1]);
        }
        return form;
    }

    private String addSection(WebClient web, long id, String sv, String en) {
        WebClient.Response added = web.post("/dialogues/" + id + "/sections", "title-sv", sv, "title-en", en);
        assertEquals(303, added.status(), added.body());
        return added.location().replaceAll("^.*#section-", "");
    }

    private String addQuestion(WebClient web, long id, Map<String, Object> form) {
        WebClient.Response added = web.post("/dialogues/" + id + "/questions", form);
        assertEquals(303, added.status(), added.body());
        return added.location().replaceAll("^.*#question-", "");
    }

    @Test
    void facilitatorCreatesADialogueAndChangesItsSettingsWithErrorsReShown() {
        WebClient web = signedIn(facilitator);
        WebClient.Response missing = web.post("/dialogues", "title-en", "Only English", "languages", List.of("sv", "en"));
        assertEquals(422, missing.status());
        assertTrue(missing.body().contains("error-summary") && missing.body().contains("href=\"#title-sv\""));
        assertTrue(missing.body().contains("value=\"Only English\""), "what was typed is kept");
        WebClient.Response noLanguage = web.post("/dialogues", "title-sv", "Parken");
        assertEquals(422, noLanguage.status());
        assertTrue(noLanguage.body().contains("href=\"#languages\""));

        long id = newDialogue(web, "Vad tycker du om parken?");
        WebClient.Response overview = web.get("/dialogues/" + id + "?done=created");
        assertEquals(200, overview.status());
        assertTrue(overview.body().contains("<h1>Vad tycker du om parken?</h1>"));
        assertTrue(overview.body().contains("/d/" + dialogues.get(user(), id).publicKey()));
        assertTrue(overview.body().contains("/dialogues/" + id + "/results"));
        assertTrue(web.get("/dialogues").body().contains("Vad tycker du om parken?"));

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("title-sv", "Parken i centrum");
        settings.put("title-en", "The park in the centre");
        settings.put("introduction-sv", "Vi bygger om parken.");
        settings.put("purpose-sv", "Vi vill veta vad du tycker.");
        settings.put("privacy-sv", "Svaren är anonyma.");
        settings.put("languages", List.of("sv", "en", "ar"));
        settings.put("opensAt", "2026-03-01T08:00");
        settings.put("closesAt", "2026-02-01T08:00");
        settings.put("anonymous", "1");
        WebClient.Response wrongOrder = web.post("/dialogues/" + id, settings);
        assertEquals(422, wrongOrder.status());
        assertTrue(wrongOrder.body().contains("href=\"#closesAt\""));
        assertTrue(wrongOrder.body().contains("value=\"2026-02-01T08:00\"") && wrongOrder.body().contains("Vi bygger om parken."));

        settings.put("closesAt", "2026-03-31T20:00");
        settings.put("requiresCode", "1");
        assertEquals(303, web.post("/dialogues/" + id, settings).status());
        Dialogue saved = dialogues.get(user(), id);
        assertEquals(List.of("sv", "ar", "en"), saved.languages(), "in the order the languages are offered");
        assertEquals("The park in the centre", saved.texts().title().get("en"));
        assertEquals("Vi bygger om parken.", saved.texts().introduction().get("sv"));
        assertEquals(java.time.Instant.parse("2026-03-01T07:00:00Z"), saved.opensAt(), "Swedish local time");
        assertTrue(saved.anonymous() && saved.requiresCode());
        assertTrue(web.get("/dialogues/" + id).body().contains("value=\"2026-03-31T20:00\""));

        // An English-only dialogue: its own language is English, so that title is what is required.
        WebClient.Response english = web.post("/dialogues", "title-sv", "Bara svensk rubrik", "languages", "en");
        assertEquals(422, english.status());
        assertTrue(english.body().contains("href=\"#title-en\""));
    }

    @Test
    void questionsWithOptionsTargetsConditionsScalesAndGoals() {
        WebClient web = signedIn(facilitator);
        long id = newDialogue(web, "Trafik i Dialogby");
        String section = addSection(web, id, "Om trafiken", "About traffic");

        // Option targets are checked against the catalogue, and the form comes back as typed.
        Map<String, Object> travel = question(section, "SINGLE", "Hur reser du oftast?", "How do you usually travel?",
                "Bil", "Car", "Cykel", "Bicycle", "Buss", "Bus");
        travel.put("option-1-targets", "11.2, 3.9");
        travel.put("option-2-targets", "11.2, 99.9");
        travel.put("other", "1");
        WebClient.Response unknown = web.post("/dialogues/" + id + "/questions", travel);
        assertEquals(422, unknown.status());
        assertTrue(unknown.body().contains("href=\"#option-2-targets\"") && unknown.body().contains("value=\"11.2, 99.9\""));
        assertTrue(unknown.body().contains("value=\"Hur reser du oftast?\""));
        travel.put("option-2-targets", "11.2");

        // The picker's search without JavaScript keeps everything typed and stores nothing.
        long target116 = catalogue.agenda2030().element("11.6").orElseThrow().id();
        Map<String, Object> search = new LinkedHashMap<>(travel);
        search.put("targets", String.valueOf(target116));
        search.put("targets-q", "luftkvalitet");
        search.put("targets-search", "1");
        WebClient.Response searched = web.post("/dialogues/" + id + "/questions", search);
        assertEquals(200, searched.status());
        assertTrue(searched.body().contains("value=\"Hur reser du oftast?\"") && searched.body().contains("value=\"luftkvalitet\""));
        assertTrue(searched.body().contains("id=\"targets-" + target116 + "\" name=\"targets\" value=\"" + target116 + "\" checked"));
        assertTrue(dialogues.get(user(), id).questionnaire().questions().isEmpty());

        travel.put("targets", String.valueOf(target116));
        String travelKey = addQuestion(web, id, travel);
        Question saved = dialogues.get(user(), id).questionnaire().question(travelKey).orElseThrow();
        assertEquals(QuestionType.SINGLE, saved.type());
        assertEquals(List.of("Bil", "Cykel", "Buss"), saved.options().stream().map(o -> o.text().get("sv")).toList());
        assertEquals("Bicycle", saved.options().get(1).text().get("en"));
        assertEquals(List.of(catalogue.agenda2030().element("11.2").orElseThrow().id(),
                catalogue.agenda2030().element("3.9").orElseThrow().id()), saved.options().get(1).targets());
        assertEquals(List.of(target116), saved.targets());
        assertTrue(saved.other() && saved.required());
        assertEquals(3, saved.options().stream().map(Option::key).distinct().count());

        // A question shown only to cyclists.
        Map<String, Object> cycling = question(section, "LONG_TEXT", "Vad skulle få dig att cykla mer?",
                "What would make you cycle more?");
        String bike = saved.options().get(1).key();
        cycling.put("showIf", List.of(travelKey + ":" + bike));
        String cyclingKey = addQuestion(web, id, cycling);
        Question conditional = dialogues.get(user(), id).questionnaire().question(cyclingKey).orElseThrow();
        assertEquals(new Condition(travelKey, List.of(bike)), conditional.showIf());
        assertTrue(conditional.options().isEmpty(), "options typed for a text question are not kept");

        // A condition on a later question, or on two questions at once, is refused.
        Map<String, Object> badCondition = question(section, "SHORT_TEXT", "Annat", "Other");
        badCondition.put("showIf", List.of(travelKey + ":" + bike, cyclingKey + ":x"));
        WebClient.Response refused = web.post("/dialogues/" + id + "/questions", badCondition);
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("href=\"#showIf\""));

        // Editing keeps the keys of existing options, adds a key for a new one, drops an emptied row.
        Map<String, Object> edit = question(section, "SINGLE", "Hur reser du oftast till jobbet?",
                "How do you usually travel to work?");
        edit.put("option-count", "4");
        for (int i = 0; i < 3; i++) {
            edit.put("option-" + i + "-key", saved.options().get(i).key());
            edit.put("option-" + i + "-sv", saved.options().get(i).text().get("sv"));
            edit.put("option-" + i + "-en", saved.options().get(i).text().get("en"));
        }
        edit.put("option-0-sv", "");
        edit.put("option-0-en", "");
        edit.put("option-1-targets", "11.2");
        edit.put("option-3-sv", "Till fots");
        edit.put("option-3-en", "On foot");
        assertEquals(303, web.post("/dialogues/" + id + "/questions/" + travelKey, edit).status());
        Question edited = dialogues.get(user(), id).questionnaire().question(travelKey).orElseThrow();
        assertEquals(List.of(saved.options().get(1).key(), saved.options().get(2).key()),
                edited.options().subList(0, 2).stream().map(Option::key).toList());
        assertEquals("Till fots", edited.options().get(2).text().get("sv"));
        assertFalse(saved.options().stream().anyMatch(o -> o.key().equals(edited.options().get(2).key())));
        assertTrue(edited.options().get(2).key().startsWith("o"));

        // Removing the option a condition uses is refused; so is deleting or moving past the question it depends on.
        Map<String, Object> dropBike = new LinkedHashMap<>(edit);
        dropBike.put("option-1-sv", "");
        dropBike.put("option-1-en", "");
        assertEquals(422, web.post("/dialogues/" + id + "/questions/" + travelKey, dropBike).status());
        assertTrue(web.post("/dialogues/" + id + "/questions/" + travelKey + "/delete").location()
                .contains("problem=dialogue.staff.error.used-in-condition"));
        assertTrue(web.post("/dialogues/" + id + "/questions/" + cyclingKey + "/move", "direction", "up").location()
                .contains("problem=dialogue.staff.error.move-condition"));
        assertEquals(List.of(travelKey, cyclingKey), keys(id));

        // A rating scale with labelled ends, and a goals question offering three goals.
        Map<String, Object> rating = question(section, "RATING", "Hur trygg känner du dig i trafiken?",
                "How safe do you feel in traffic?");
        rating.put("min", "1");
        rating.put("max", "15");
        rating.put("minLabel-sv", "Inte alls trygg");
        rating.put("maxLabel-sv", "Mycket trygg");
        assertEquals(422, web.post("/dialogues/" + id + "/questions", rating).status());
        rating.put("max", "5");
        String ratingKey = addQuestion(web, id, rating);
        Question scale = dialogues.get(user(), id).questionnaire().question(ratingKey).orElseThrow();
        assertEquals(1, scale.min());
        assertEquals(5, scale.max());
        assertEquals("Mycket trygg", scale.maxLabel().get("sv"));
        String plainKey = addQuestion(web, id, question(section, "RATING", "Hur nöjd är du?", "How satisfied are you?"));
        Question plain = dialogues.get(user(), id).questionnaire().question(plainKey).orElseThrow();
        assertEquals(List.of(1, 5), List.of(plain.min(), plain.max()), "an empty scale goes from 1 to 5");
        String countKey = addQuestion(web, id, question(section, "NUMBER", "Hur många bor hemma?", "How many live at home?"));
        Question count = dialogues.get(user(), id).questionnaire().question(countKey).orElseThrow();
        assertNull(count.min());
        assertNull(count.max());
        assertEquals(303, web.post("/dialogues/" + id + "/questions/" + plainKey + "/delete").status());
        assertEquals(303, web.post("/dialogues/" + id + "/questions/" + countKey + "/delete").status());

        WebClient.Response newForm = web.get("/dialogues/" + id + "/questions/new?section=" + section);
        assertEquals(17, newForm.body().split("name=\"goals\" value=\"\\d+\" checked").length - 1, "all 17 goals offered by default");
        Map<String, Object> goals = question(section, "TARGETS", "Vilka mål är viktigast för dig?",
                "Which goals matter most to you?");
        List<String> three = catalogue.agenda2030().goals().subList(0, 3).stream().map(g -> String.valueOf(g.id())).toList();
        goals.put("goals", three);
        goals.put("maxChoices", "2");
        String goalsKey = addQuestion(web, id, goals);
        Question goalQuestion = dialogues.get(user(), id).questionnaire().question(goalsKey).orElseThrow();
        assertEquals(three, goalQuestion.options().stream().map(Option::key).toList());
        assertEquals(2, goalQuestion.maxChoices());
        assertTrue(goalQuestion.options().get(0).text().get("sv").startsWith("1. "));

        // Moving and deleting.
        assertEquals(303, web.post("/dialogues/" + id + "/questions/" + goalsKey + "/move", "direction", "up").status());
        assertEquals(List.of(travelKey, cyclingKey, goalsKey, ratingKey), keys(id));
        assertEquals(303, web.post("/dialogues/" + id + "/questions/" + ratingKey + "/delete").status());
        assertEquals(List.of(travelKey, cyclingKey, goalsKey), keys(id));
        String second = addSection(web, id, "Till sist", "Finally");
        assertEquals(303, web.post("/dialogues/" + id + "/sections/" + second + "/move", "direction", "up").status());
        assertEquals(List.of(second, section), dialogues.get(user(), id).questionnaire().sections().stream()
                .map(Section::key).toList());

        // A section shown on a condition: only on a question of an earlier section.
        WebClient.Response sameSection = web.post("/dialogues/" + id + "/sections/" + section, "title-sv", "Om trafiken",
                "showIf", travelKey + ":" + bike);
        assertEquals(422, sameSection.status());
        assertTrue(sameSection.body().contains("href=\"#showIf\""));
        assertEquals(303, web.post("/dialogues/" + id + "/sections/" + section, "title-sv", "Om trafiken i centrum",
                "title-en", "About traffic in the centre").status());
        String third = addSection(web, id, "För cyklister", "For cyclists");
        assertEquals(303, web.post("/dialogues/" + id + "/sections/" + third, "title-sv", "För cyklister",
                "showIf", travelKey + ":" + bike).status());
        Section cyclists = dialogues.get(user(), id).questionnaire().section(third).orElseThrow();
        assertEquals(new Condition(travelKey, List.of(bike)), cyclists.showIf());
        assertEquals(Map.of("sv", "För cyklister"), cyclists.title(), "a translation left empty is removed");
        assertTrue(web.post("/dialogues/" + id + "/sections/" + section + "/delete").location().contains("problem="),
                "the section holds the question the condition refers to");
        assertTrue(web.post("/dialogues/" + id + "/sections/" + third + "/move", "direction", "up").location()
                .contains("problem=dialogue.staff.error.move-condition"));
        assertEquals(303, web.post("/dialogues/" + id + "/sections/" + third + "/delete").status());

        String page = web.get("/dialogues/" + id + "/questions").body();
        assertTrue(page.contains("Hur reser du oftast till jobbet?") && page.contains("Vad skulle få dig att cykla mer?"));
        assertTrue(web.get("/dialogues/" + id + "/questions/" + travelKey).body().contains("value=\"11.2\""));
    }

    private List<String> keys(long id) {
        return dialogues.get(user(), id).questionnaire().questions().stream().map(Question::key).toList();
    }

    @Test
    void demographicsSectionAndPopulationShares() {
        WebClient web = signedIn(facilitator);
        long id = newDialogue(web, "Vem bor var?");
        assertTrue(web.get("/dialogues/" + id + "/population").body().contains("/questions#demographics-heading"));
        assertEquals(303, web.post("/dialogues/" + id + "/demographics").status());
        Questionnaire q = dialogues.get(user(), id).questionnaire();
        assertEquals(Set.of(Demographic.values()), q.questions().stream().map(Question::demographic).collect(Collectors.toSet()));
        assertTrue(q.questions().stream().allMatch(x -> x.type() == QuestionType.SINGLE && !x.required()));
        assertEquals("How old are you?", q.questions().get(0).text().get("en"));
        assertTrue(web.post("/dialogues/" + id + "/demographics").location().contains("problem="), "added only once");

        // A second question with the same role is refused.
        String section = q.sections().get(0).key();
        Map<String, Object> again = question(section, "SINGLE", "Var bor du?", "Where?", "Norr", "North", "Söder", "South");
        again.put("demographic", "DISTRICT");
        WebClient.Response taken = web.post("/dialogues/" + id + "/questions", again);
        assertEquals(422, taken.status());
        assertTrue(taken.body().contains("href=\"#demographic\""));

        Question district = q.questions().stream().filter(x -> x.demographic() == Demographic.DISTRICT).findFirst().orElseThrow();
        Question gender = q.questions().stream().filter(x -> x.demographic() == Demographic.GENDER).findFirst().orElseThrow();
        String d0 = PopulationController.populationField(Demographic.DISTRICT, district.options().get(0).key());
        String d1 = PopulationController.populationField(Demographic.DISTRICT, district.options().get(1).key());
        String g0 = PopulationController.populationField(Demographic.GENDER, gender.options().get(0).key());
        WebClient.Response wrong = web.post("/dialogues/" + id + "/population", d0, "80", d1, "30,5", g0, "abc");
        assertEquals(422, wrong.status());
        assertTrue(wrong.body().contains("href=\"#" + d0 + "\"") && wrong.body().contains("href=\"#" + g0 + "\""));
        assertTrue(wrong.body().contains("value=\"30,5\"") && wrong.body().contains("value=\"abc\""));
        assertEquals(422, web.post("/dialogues/" + id + "/population", d0, "120").status());

        assertEquals(303, web.post("/dialogues/" + id + "/population", d0, "45", d1, "30,5", g0, "50").status());
        Map<String, Double> stored = population.forDialogue(id).stream().collect(Collectors.toMap(
                r -> r.demographic() + "/" + r.optionKey(), PopulationRow::share));
        assertEquals(3, stored.size());
        assertEquals(45, stored.get("DISTRICT/" + district.options().get(0).key()), 1e-9);
        assertEquals(30.5, stored.get("DISTRICT/" + district.options().get(1).key()), 1e-9);
        assertEquals(50, stored.get("GENDER/" + gender.options().get(0).key()), 1e-9);
        assertTrue(web.get("/dialogues/" + id + "/population").body().contains("value=\"30.5\""));
    }

    @Test
    void publishingFreezesQuestionsAndAChangeMakesANewVersion() {
        WebClient web = signedIn(facilitator);
        long id = newDialogue(web, "Biblioteket");
        WebClient.Response empty = web.post("/dialogues/" + id + "/state", "to", "OPEN");
        assertEquals(422, empty.status());
        assertTrue(empty.body().contains("Lägg till minst en fråga"));
        String section = addSection(web, id, "Biblioteket", "The library");
        String key = addQuestion(web, id, question(section, "SINGLE", "Besöker du biblioteket?", "Do you visit the library?",
                "Ja", "Yes", "Nej", "No"));
        Dialogue draft = dialogues.get(user(), id);
        assertEquals(303, web.post("/dialogues/" + id + "/state", "to", "OPEN").status());
        Dialogue open = dialogues.get(user(), id);
        assertEquals(DialogueState.OPEN, open.state());
        assertTrue(open.versionFrozen());
        assertEquals(draft.versionId(), open.versionId());
        assertTrue(web.get("/dialogues/" + id + "/questions").body().contains("version 1"));

        Map<String, Object> edit = question(section, "SINGLE", "Besöker du stadsbiblioteket?", "Do you visit the city library?");
        edit.put("option-count", "2");
        for (int i = 0; i < 2; i++) {
            Option o = open.questionnaire().questions().get(0).options().get(i);
            edit.put("option-" + i + "-key", o.key());
            edit.put("option-" + i + "-sv", o.text().get("sv"));
            edit.put("option-" + i + "-en", o.text().get("en"));
        }
        assertEquals(303, web.post("/dialogues/" + id + "/questions/" + key, edit).status());
        Dialogue changed = dialogues.get(user(), id);
        assertEquals(2, changed.versionNumber());
        assertNotEquals(open.versionId(), changed.versionId());
        assertEquals("Besöker du biblioteket?", dialogues.version(open.versionId()).questions().get(0).text().get("sv"),
                "the published version is untouched");
        assertEquals("Besöker du stadsbiblioteket?", changed.questionnaire().questions().get(0).text().get("sv"));

        // Only the allowed transitions.
        assertEquals(422, web.post("/dialogues/" + id + "/state", "to", "ARCHIVED").status());
        assertEquals(400, web.post("/dialogues/" + id + "/state", "to", "NONSENSE").status());
        assertEquals(303, web.post("/dialogues/" + id + "/state", "to", "CLOSED").status());
        assertTrue(web.get("/dialogues/" + id).body().contains("name=\"to\" value=\"ARCHIVED\""));

        // The summary: publishing needs the dialogue's own language; saving does not publish.
        WebClient.Response noText = web.post("/dialogues/" + id + "/summary", "summary-en", "We heard you", "action", "publish");
        assertEquals(422, noText.status());
        assertTrue(noText.body().contains("href=\"#summary-sv\"") && noText.body().contains("We heard you"));
        assertEquals(303, web.post("/dialogues/" + id + "/summary", "summary-sv", "Utkast", "action", "save").status());
        assertNull(dialogues.get(user(), id).summaryPublishedAt());
        assertEquals("Utkast", dialogues.get(user(), id).texts().summary().get("sv"));
        assertEquals(303, web.post("/dialogues/" + id + "/summary", "summary-sv", "Vi hörde att ni vill ha längre öppettider.",
                "summary-en", "We heard you want longer opening hours.", "action", "publish").status());
        assertNotNull(dialogues.get(user(), id).summaryPublishedAt());
        assertEquals(303, web.post("/dialogues/" + id + "/summary", "summary-sv", "x", "action", "withdraw").status());
        assertNull(dialogues.get(user(), id).summaryPublishedAt());

        assertEquals(303, web.post("/dialogues/" + id + "/state", "to", "ARCHIVED").status());
        assertEquals(DialogueState.ARCHIVED, dialogues.get(user(), id).state());
    }

    @Test
    void formsOfTheOverviewAndTheSectionsKeepWhatWasTypedOnError() {
        WebClient web = signedIn(facilitator);
        long id = newDialogue(web, "Formulären");

        WebClient.Response noOwnTitle = web.post("/dialogues/" + id + "/sections", "title-en", "Only English",
                "intro-sv", "Inledningen som skrevs");
        assertEquals(422, noOwnTitle.status());
        assertTrue(noOwnTitle.body().contains("href=\"#title-sv\""), "the dialogue's own language needs a title");
        assertTrue(noOwnTitle.body().contains("Inledningen som skrevs"), "what was typed is kept");
        WebClient.Response tooLong = web.post("/dialogues/" + id + "/sections", "title-sv", "x".repeat(301));
        assertEquals(422, tooLong.status());
        assertTrue(tooLong.body().contains("href=\"#title-sv\""));

        WebClient.Response badTime = web.post("/dialogues/" + id, "title-sv", "Formulären", "languages", "sv",
                "opensAt", "imorgon bitti");
        assertEquals(422, badTime.status());
        assertTrue(badTime.body().contains("href=\"#opensAt\"") && badTime.body().contains("value=\"imorgon bitti\""));
        assertEquals(400, web.post("/dialogues/" + id + "/state", "to", "PUBLISHED").status(), "no such state");
        assertEquals(DialogueState.DRAFT, dialogues.get(user(), id).state());
    }

    @Test
    void deletingNeedsAConfirmation() {
        WebClient web = signedIn(facilitator);
        long id = newDialogue(web, "Att ta bort");
        WebClient.Response unconfirmed = web.post("/dialogues/" + id + "/delete");
        assertEquals(422, unconfirmed.status());
        assertTrue(unconfirmed.body().contains("href=\"#confirm\""));
        assertEquals(200, web.get("/dialogues/" + id).status());
        WebClient.Response deleted = web.post("/dialogues/" + id + "/delete", "confirm", "1");
        assertEquals("/dialogues?done=deleted", deleted.location());
        assertEquals(404, web.get("/dialogues/" + id).status());
    }

    @Test
    void qrCodesCarryThePublicLink() throws Exception {
        WebClient web = signedIn(facilitator);
        long id = newDialogue(web, "QR");
        String link = server.getURI().resolve("/d/" + dialogues.get(user(), id).publicKey()).toString();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(server.getURI().resolve("/dialogues/" + id + "/qr.png"))
                .header("Cookie", "samrad_session=" + web.cookie("samrad_session")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertEquals(QrCodes.PNG_SIZE, image.getWidth());
        String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertEquals(link.replace("localhost", "localhost"), decoded.replaceFirst("//[^/]+/", "//" + server.getURI().getAuthority() + "/"));
        assertTrue(decoded.endsWith("/d/" + dialogues.get(user(), id).publicKey()));

        WebClient.Response svg = web.get("/dialogues/" + id + "/qr.svg");
        assertEquals(200, svg.status());
        assertTrue(svg.header("Content-Type").startsWith("image/svg+xml"));
        assertEquals(1, svg.body().split("<path ").length - 1, "one path");
        var bits = QrCodes.matrix(decoded, 0);
        assertTrue(svg.body().contains("viewBox=\"0 0 " + bits.getWidth() + " " + bits.getHeight() + "\""));
        // Every dark module is covered by exactly one run of the path.
        long dark = 0;
        for (int y = 0; y < bits.getHeight(); y++) {
            for (int x = 0; x < bits.getWidth(); x++) {
                dark += bits.get(x, y) ? 1 : 0;
            }
        }
        long drawn = 0;
        var run = java.util.regex.Pattern.compile("M\\d+ \\d+h(\\d+)").matcher(svg.body());
        while (run.find()) {
            drawn += Long.parseLong(run.group(1));
        }
        assertEquals(dark, drawn);
        assertEquals(404, signedIn(stranger).get("/dialogues/" + id + "/qr.svg").status());
    }

    @Test
    void staffReadButOnlyEditorsChangeAndOtherOrganisationsSeeNothing() {
        WebClient web = signedIn(facilitator);
        long id = newDialogue(web, "Roller");
        String section = addSection(web, id, "Del", "Part");
        String key = addQuestion(web, id, question(section, "SHORT_TEXT", "Något mer?", "Anything else?"));

        WebClient council = signedIn(councilMember);
        assertEquals(200, council.get("/dialogues").status());
        assertFalse(council.ok("/dialogues").body().contains("action=\"/dialogues\""), "no create form");
        WebClient.Response read = council.get("/dialogues/" + id);
        assertEquals(200, read.status());
        assertFalse(read.body().contains("action=\"/dialogues/" + id + "/state\""));
        assertEquals(200, council.get("/dialogues/" + id + "/questions").status());
        assertEquals(200, council.get("/dialogues/" + id + "/population").status());
        List<Integer> refused = new ArrayList<>();
        refused.add(council.post("/dialogues", "title-sv", "Nej", "languages", "sv").status());
        refused.add(council.post("/dialogues/" + id, "title-sv", "Nej", "languages", "sv").status());
        refused.add(council.post("/dialogues/" + id + "/state", "to", "OPEN").status());
        refused.add(council.post("/dialogues/" + id + "/sections", "title-sv", "Nej").status());
        refused.add(council.post("/dialogues/" + id + "/questions/" + key + "/delete").status());
        refused.add(council.post("/dialogues/" + id + "/delete", "confirm", "1").status());
        refused.add(council.post("/dialogues/" + id + "/codes", "count", "3").status());
        assertEquals(List.of(403, 403, 403, 403, 403, 403, 403), refused);

        WebClient other = signedIn(stranger);
        assertFalse(other.ok("/dialogues").body().contains("Roller"));
        for (String path : List.of("/dialogues/" + id, "/dialogues/" + id + "/questions", "/dialogues/" + id + "/questions/" + key,
                "/dialogues/" + id + "/sections/" + section, "/dialogues/" + id + "/population", "/dialogues/" + id + "/codes",
                "/dialogues/" + id + "/translations", "/dialogues/" + id + "/translations.csv")) {
            assertEquals(404, other.get(path).status(), path);
        }
        assertEquals(404, other.post("/dialogues/" + id + "/questions/" + key + "/delete").status());
        assertEquals(404, other.post("/dialogues/" + id + "/delete", "confirm", "1").status());
        assertEquals(1, dialogues.get(user(), id).questionnaire().questions().size());

        // Without the CSRF token nothing changes; without signing in, the sign-in page.
        assertEquals(403, web.postRaw("/dialogues/" + id + "/delete", Map.of("confirm", "1")).status());
        WebClient anonymous = new WebClient(server.getURI());
        assertTrue(anonymous.get("/dialogues/" + id).location().startsWith("/login"));
        assertTrue(web.get("/").body().contains("href=\"/dialogues\""), "in the navigation");
        assertFalse(anonymous.ok("/").body().contains("href=\"/dialogues\""));
    }
}
