package se.samrad.workshop;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facilitator's and participants' pages over HTTP, without JavaScript: forms post, pages show the state. */
@MicronautTest(transactional = false)
class WorkshopPagesTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject GoalCatalogue catalogue;
    @Inject WorkshopService workshops;

    Organisation org;
    Account facilitator;
    Account coFacilitator;
    Account analyst;
    Account stranger;

    @BeforeAll
    void people() {
        org = fixtures.organisation("Sidby");
        facilitator = fixtures.account(org, Role.FACILITATOR);
        coFacilitator = fixtures.account(org, Role.FACILITATOR);
        analyst = fixtures.account(org, Role.ANALYST);
        stranger = fixtures.account(fixtures.organisation("Främlingby"), Role.ORG_ADMIN);
    }

    WebClient client() {
        return new WebClient(server.getURI());
    }

    WebClient signedIn(Account account) {
        WebClient client = client();
        client.signIn(account.email(), Fixtures.PASSWORD);
        return client;
    }

    static long idFrom(String location) {
        Matcher m = Pattern.compile("/workshops/(\\d+)").matcher(location);
        assertTrue(m.find(), location);
        return Long.parseLong(m.group(1));
    }

    private long createWorkshop(WebClient browser, String title) {
        WebClient.Response created = browser.post("/workshops", "title", title, "anonymous", "on");
        assertEquals(303, created.status());
        return idFrom(created.location());
    }

    private long addActivity(WebClient browser, long id, Map<String, Object> fields) {
        WebClient.Response added = browser.post("/workshops/" + id + "/activities", fields);
        assertEquals(303, added.status(), added.body());
        Matcher m = Pattern.compile("activity-(\\d+)").matcher(added.location());
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    private static Map<String, Object> fields(Object... kv) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put((String) kv[i], kv[i + 1]);
        }
        return map;
    }

    @Test
    void aFacilitatorPreparesAndRunsAWorkshopThatParticipantsJoinWithoutAnAccount() {
        WebClient browser = signedIn(facilitator);
        assertEquals(422, browser.post("/workshops", "title", "").status());
        WebClient.Response tooLong = browser.post("/workshops", "title", "Kvällsmöte", "description", "x".repeat(4001),
                "anonymous", "on");
        assertEquals(422, tooLong.status());
        assertTrue(tooLong.body().contains("href=\"#description\"") && tooLong.body().contains("value=\"Kvällsmöte\""),
                "the title typed is kept beside the error");
        long id = createWorkshop(browser, "Samtal 1 – Synergier i Agenda 2030-arbetet");
        Workshop workshop = workshops.visible(new se.samrad.platform.security.CurrentUser(facilitator.id(), org.id(),
                facilitator.email(), "", java.util.Set.of(Role.FACILITATOR)), id);

        // a refused activity form comes back with what was typed
        WebClient.Response refused = browser.post("/workshops/" + id + "/activities", fields("kind", "POLL",
                "title", "Hur går det?", "options", "Bara ett"));
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("Hur går det?"));
        long poll = addActivity(browser, id, fields("kind", "POLL", "title", "Hur går arbetet?", "options", "Bra\nSådär\nDåligt"));
        long breakout = addActivity(browser, id, fields("kind", "BREAKOUT", "title", "Grupprum",
                "prompt", "Vilka synergier ser vi i vårt arbete med Agenda 2030?",
                "questions", "Vad har vi för erfarenheter?\nVilka möjligheter ser vi?", "groups", "2", "grouping", "SELF"));
        List<String> targets = List.of("7.2", "11.2", "13.2").stream()
                .map(c -> String.valueOf(catalogue.agenda2030().element(c).orElseThrow().id())).toList();
        long sdg = addActivity(browser, id, fields("kind", "SDG_MATRIX", "title", "Samspel", "targets", targets));
        long chat = addActivity(browser, id, fields("kind", "CHAT", "title", "Chatt"));
        for (long activity : List.of(poll, breakout, sdg, chat)) {
            assertEquals(303, browser.post("/workshops/" + id + "/control", "action", "STARTED", "activity", activity).status());
        }
        WebClient.Response run = browser.get("/workshops/" + id);
        assertEquals(200, run.status());
        assertTrue(run.body().contains(workshop.code()));
        assertEquals(200, browser.get("/workshops/" + id + "/qr.svg").status());
        assertEquals(200, browser.get("/workshops/" + id + "/present").status());

        // a participant enters the code, joins with a name and takes part with ordinary forms
        WebClient anna = client();
        WebClient.Response wrongCode = anna.post("/w", "code", "0OIL");
        assertEquals(422, wrongCode.status());
        assertTrue(wrongCode.body().contains("href=\"#code\"") && wrongCode.body().contains("value=\"0OIL\""),
                "the code typed is shown again with the error");
        assertEquals("/w/" + workshop.code(), anna.post("/w", "code", workshop.code().toLowerCase()).location());
        assertTrue(anna.get("/w/" + workshop.code()).body().contains("name=\"name\""));
        WebClient.Response joined = anna.post("/w/" + workshop.code() + "/join", "name", "Anna");
        assertEquals(303, joined.status());
        String live = anna.get("/w/" + workshop.code()).body();
        assertTrue(live.contains("Hur går arbetet?") && live.contains("Vad har vi för erfarenheter?") == false);
        assertEquals(303, anna.post("/w/" + workshop.code() + "/input", "clientId", "f1", "type", "VOTE",
                "activity", poll, "options", "1").status());
        assertEquals(303, anna.post("/w/" + workshop.code() + "/input", "clientId", "f2", "type", "GROUP_CHOSEN",
                "activity", breakout, "group", "2").status());
        assertEquals(303, anna.post("/w/" + workshop.code() + "/input", "clientId", "f3", "type", "IDEA",
                "activity", breakout, "question", "0", "text", "Integrering i styrsystemen").status());
        assertEquals(303, anna.post("/w/" + workshop.code() + "/input", fields("clientId", "f4", "type", "SCORE",
                "activity", sdg, "cell-0-2", "3", "cell-1-2", "-1", "cell-2-0", "", "comment", "Mindre utsläpp")).status());
        WebClient.Response empty = anna.post("/w/" + workshop.code() + "/input", "clientId", "f5", "type", "CHAT",
                "activity", chat, "text", " ");
        assertEquals(422, empty.status());
        assertEquals(303, anna.post("/w/" + workshop.code() + "/input", "clientId", "f6", "type", "CHAT",
                "activity", chat, "text", "Länken till SDG-synergies").status());
        // the same form sent twice (a double click, a retry) is stored once
        assertEquals(303, anna.post("/w/" + workshop.code() + "/input", "clientId", "f6", "type", "CHAT",
                "activity", chat, "text", "Länken till SDG-synergies").status());

        // form values are plain digits in every language (Arabic would otherwise format -3 with a direction mark)
        String arabic = anna.get("/w/" + workshop.code() + "?lang=ar").body();
        assertTrue(arabic.contains("<option value=\"-3\"") && arabic.contains("name=\"options\" value=\"2\""), arabic);
        assertFalse(arabic.contains("workshop.scale."), "every scale step has its label");
        String page = anna.get("/w/" + workshop.code()).body();
        assertTrue(page.contains("Integrering i styrsystemen"));
        assertTrue(page.contains("checked"), "the vote shows as chosen");
        String part = browser.get("/workshops/" + id + "/part").body();
        assertTrue(part.contains("Integrering i styrsystemen") && part.contains("Mindre utsläpp") == false);
        assertEquals(1, part.split("item__text\" dir=\"auto\">Länken till SDG-synergies<", -1).length - 1);
        assertTrue(part.contains("heatmap"));

        // participants never reach the facilitator's pages; a stranger's cookie is not a participant
        assertEquals(401, anna.get("/workshops/" + id).status() == 303 ? 401 : anna.get("/workshops/" + id).status());
        assertEquals(404, client().get("/w/" + workshop.code() + "/part").status());

        // a moderated question waits in the facilitator's queue until approved
        long qa = addActivity(browser, id, fields("kind", "QA", "title", "Frågor till panelen", "moderated", "on"));
        assertEquals(303, browser.post("/workshops/" + id + "/control", "action", "STARTED", "activity", qa).status());
        assertEquals(303, anna.post("/w/" + workshop.code() + "/input", "clientId", "q1", "type", "QUESTION",
                "activity", qa, "text", "Finns det fler analysverktyg?").status());
        String queued = browser.get("/workshops/" + id + "/part").body();
        String queue = queued.substring(queued.indexOf("queue-heading"), queued.indexOf("agenda-heading"));
        assertTrue(queue.contains("Finns det fler analysverktyg?"), queue);
        Matcher item = Pattern.compile("name=\"item\" value=\"(\\d+)\"").matcher(queue);
        assertTrue(item.find());
        assertEquals(303, browser.post("/workshops/" + id + "/control", "action", "APPROVED", "activity", qa,
                "item", item.group(1)).status());
        String approved = browser.get("/workshops/" + id + "/part").body();
        assertFalse(approved.substring(approved.indexOf("queue-heading"), approved.indexOf("agenda-heading"))
                .contains("Finns det fler analysverktyg?"));

        // the facilitator ends the session: inputs are refused, the page says so
        assertEquals(303, browser.post("/workshops/" + id + "/control", "action", "ENDED").status());
        WebClient.Response late = anna.post("/w/" + workshop.code() + "/input", "clientId", "f7", "type", "CHAT",
                "activity", chat, "text", "För sent");
        assertEquals(422, late.status());
        assertFalse(browser.ok("/workshops/" + id + "/part").body().contains("För sent"));
    }

    @Test
    void rolesAndOrganisationsDecideWhoRunsAWorkshop() {
        WebClient owner = signedIn(facilitator);
        long id = createWorkshop(owner, "Rådsmöte");
        assertEquals(403, signedIn(coFacilitator).get("/workshops/" + id).status());
        assertEquals(403, signedIn(analyst).get("/workshops/" + id).status());
        assertEquals(403, signedIn(analyst).post("/workshops", "title", "Nej").status());
        WebClient other = signedIn(stranger);
        assertEquals(404, other.get("/workshops/" + id).status());
        assertEquals(404, other.post("/workshops/" + id + "/control", "action", "ENDED").status());
        assertEquals(404, other.get("/workshops/" + id + "/report").status());
        assertFalse(other.ok("/workshops").body().contains("Rådsmöte"));
        assertTrue(client().get("/workshops/" + id).status() >= 300);
        assertEquals(303, owner.post("/workshops/" + id + "/facilitators", "account", coFacilitator.id()).status());
        assertEquals(200, signedIn(coFacilitator).get("/workshops/" + id).status());
        assertEquals(303, owner.post("/workshops/" + id + "/facilitators/" + coFacilitator.id() + "/delete").status());
        assertEquals(403, signedIn(coFacilitator).get("/workshops/" + id).status());
    }
}
