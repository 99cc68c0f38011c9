package se.samrad.relevance;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalElement;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.support.WebClient;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closing a round: not before its deadline unless every unit has handed in; once closed the units change nothing
 * (409 with the reason, what was typed kept) and every page of the round says so; only an admin reopens it.
 * Another organisation's round is not found and a council member or a unit's contact may not close, reopen or
 * remind.
 */
@MicronautTest(transactional = false)
class RelevanceClosingTest extends RelevanceIntegrationTest {

    static final String CLOSED = "Omgången är stängd. Enheternas svar kan inte längre ändras.";
    static final String TOO_EARLY = "Omgången kan stängas efter sista dagen, eller när alla enheter har lämnat in.";

    Account admin;
    Account analyst;
    Account council;
    Account contact;
    Account strangerAdmin;
    OrgUnit school;
    OrgUnit planning;
    GoalElement goal4;

    @BeforeAll
    void data() {
        Organisation home = fixtures.organisation("Stängby");
        admin = fixtures.account(home, Role.ORG_ADMIN);
        analyst = fixtures.account(home, Role.ANALYST);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        contact = fixtures.account(home, Role.FACILITATOR);
        strangerAdmin = fixtures.account(fixtures.organisation("Annanby"), Role.ORG_ADMIN, Role.ANALYST);
        var actor = accounts.toUser(admin);
        school = organisations.createUnit(actor, "Skola", UnitKind.ADMINISTRATION, null);
        planning = organisations.createUnit(actor, "Plan", UnitKind.ADMINISTRATION, null);
        goal4 = catalogue.element("agenda2030", "4", null);
    }

    long open(String deadline) {
        String location = signedIn(analyst).post("/relevance/new", Map.of("year", "2026", "title", "Stängning",
                "units", List.of(school.id(), planning.id()), "contact-" + school.id(), contact.id(),
                "contact-" + planning.id(), contact.id(), "deadline", deadline)).expect(303).location();
        return roundAt(location);
    }

    String unitPath(long round, OrgUnit unit) {
        return "/relevance/rounds/" + round + "/units/" + unit.id();
    }

    static void refused(WebClient.Response response, int status, String message, String what) {
        assertEquals(status, response.status(), what);
        assertTrue(response.document().text().contains(message), what + ": " + response.body());
    }

    @Test
    void aRoundIsNotClosedBeforeItsDeadlineWhileUnitsAreOut() {
        long round = open("2099-12-31");
        WebClient client = signedIn(analyst);
        assertNull(client.page("/relevance/rounds/" + round).selectFirst("form[action$=/close]"));
        refused(client.post("/relevance/rounds/" + round + "/close"), 409, TOO_EARLY, "close early");
        assertFalse(client.page("/relevance/rounds/" + round).text().contains("Omgången är stängd."));

        WebClient unit = signedIn(contact);
        unit.post(unitPath(round, school) + "/submit").expect(303);
        unit.post(unitPath(round, planning) + "/submit").expect(303);
        client.post("/relevance/rounds/" + round + "/close").expect(303);
        assertTrue(client.page("/relevance/rounds/" + round).text().contains("Omgången är stängd."));
    }

    @Test
    void aClosedRoundTakesNoChangesFromUnitsUntilAnAdminReopensIt() {
        long round = open("2020-01-31");
        WebClient analystClient = signedIn(analyst);
        assertEquals(303, analystClient.post("/relevance/rounds/" + round + "/close").status());
        // Closing again changes nothing.
        assertEquals(303, analystClient.post("/relevance/rounds/" + round + "/close").status());

        GoalElement t41 = goal4.children().get(0);
        String goalPath = unitPath(round, school) + "/goals/" + goal4.id();
        WebClient unit = signedIn(contact);
        WebClient.Response save = unit.post(goalPath, "e" + t41.id() + "-relevance", "HIGH",
                "e" + t41.id() + "-note", "Läsfrämjande", "action", "save");
        assertEquals(409, save.status());
        Document refusedPage = save.document();
        assertTrue(refusedPage.text().contains("Omgången är stängd. Enheterna kan inte längre ändra sina svar"),
                refusedPage.text());
        assertTrue(refusedPage.selectFirst("#e" + t41.id() + "-relevance-HIGH").hasAttr("checked"),
                "what was typed is kept");
        assertEquals("Läsfrämjande", refusedPage.selectFirst("#e" + t41.id() + "-note").text());
        assertNull(refusedPage.selectFirst("button[value=save]"), "no save button on a closed round");
        assertTrue(unit.page(goalPath).selectFirst("#e" + t41.id() + "-relevance-none").hasAttr("checked"),
                "nothing was saved");
        refused(unit.post(unitPath(round, school) + "/submit"), 409, CLOSED, "submit");
        refused(unit.acceptLanguage("en").post(unitPath(round, school) + "/submit"), 409,
                "The round is closed. The units' answers can no longer be changed.", "submit in English");

        // Every page of the round says it is closed.
        Document task = signedIn(contact).page(unitPath(round, school));
        assertTrue(task.text().contains("Omgången är stängd."), "unit page");
        assertNull(task.selectFirst("form[action$=/submit]"), "no hand-in on a closed round");
        for (String path : List.of("/relevance/rounds/" + round, "/relevance/rounds/" + round + "/result",
                "/relevance/rounds/" + round + "/decisions/" + t41.id())) {
            assertTrue(analystClient.page(path).text().contains("Omgången är stängd."), path);
        }
        String listed = analystClient.page("/relevance").select("tbody tr").stream()
                .filter(r -> r.selectFirst("a[href=/relevance/rounds/" + round + "]") != null).findFirst()
                .orElseThrow().text();
        assertTrue(listed.contains("Stängd"), listed);

        // An analyst may not reopen; an admin may.
        assertNull(analystClient.page("/relevance/rounds/" + round).selectFirst("form[action$=/reopen]"));
        refused(analystClient.post("/relevance/rounds/" + round + "/reopen"), 403, RelevanceAccessTest.FORBIDDEN,
                "analyst reopens");
        WebClient adminClient = signedIn(admin);
        assertTrue(adminClient.page("/relevance/rounds/" + round).selectFirst("form[action$=/reopen]") != null);
        adminClient.post("/relevance/rounds/" + round + "/reopen").expect(303);
        assertFalse(analystClient.page("/relevance/rounds/" + round).text().contains("Omgången är stängd."));
        signedIn(contact).post(goalPath, "e" + t41.id() + "-relevance", "HIGH", "action", "save").expect(303);
        assertTrue(signedIn(contact).page(goalPath).selectFirst("#e" + t41.id() + "-relevance-HIGH")
                .hasAttr("checked"));
    }

    @Test
    void anotherOrganisationFindsNoRoundToCloseReopenOrRemind() {
        long round = open("2020-01-31");
        WebClient stranger = signedIn(strangerAdmin);
        for (String action : List.of("close", "reopen", "remind")) {
            refused(stranger.post("/relevance/rounds/" + round + "/" + action), 404, RelevanceAccessTest.NOT_FOUND,
                    action);
        }
        Document progress = signedIn(analyst).page("/relevance/rounds/" + round);
        assertFalse(progress.text().contains("Omgången är stängd."));
        assertFalse(progress.text().contains("Påmind"));
    }

    @Test
    void aCouncilMemberOrAUnitsContactMayNotCloseReopenOrRemind() {
        long round = open("2020-01-31");
        for (Account account : List.of(council, contact)) {
            WebClient client = signedIn(account);
            for (String action : List.of("close", "reopen", "remind")) {
                refused(client.post("/relevance/rounds/" + round + "/" + action), 403, RelevanceAccessTest.FORBIDDEN,
                        action + " by " + account.email());
            }
            refused(client.post("/relevance/rounds/" + round + "/remind", "unit", school.id()), 403,
                    RelevanceAccessTest.FORBIDDEN, "remind a unit");
        }
        Document progress = signedIn(analyst).page("/relevance/rounds/" + round);
        assertFalse(progress.text().contains("Omgången är stängd."));
        assertFalse(progress.text().contains("Påmind"));
        assertNull(signedIn(council).page("/relevance/rounds/" + round).selectFirst("form[action$=/close]"));
    }
}
