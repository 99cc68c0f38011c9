package se.samrad.relevance;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.WebClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst opens a round for units; a unit's contact sees it as a task, assesses a goal's targets as a draft,
 * marks a whole goal not relevant in one step, hands in; the analyst sees the progress. Bad input comes back
 * translated with what was typed.
 */
@MicronautTest(transactional = false)
class RelevanceRoundTest extends RelevanceIntegrationTest {


    Account analyst;
    Account contact;
    OrgUnit school;
    OrgUnit planning;
    GoalElement goal4;
    GoalElement goal14;

    @BeforeAll
    void data() {
        Organisation home = fixtures.organisation("Relby");
        Account admin = fixtures.account(home, Role.ORG_ADMIN);
        analyst = fixtures.account(home, Role.ANALYST);
        contact = fixtures.account(home, Role.FACILITATOR);
        var actor = accounts.toUser(admin);
        school = organisations.createUnit(actor, "Skolförvaltningen", UnitKind.ADMINISTRATION, null);
        planning = organisations.createUnit(actor, "Samhällsbyggnad", UnitKind.ADMINISTRATION, null);
        goal4 = catalogue.element("agenda2030", "4", null);
        goal14 = catalogue.element("agenda2030", "14", null);
    }

    long open(WebClient client, int year) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("year", year);
        form.put("title", "Kartläggning");
        form.put("units", List.of(school.id(), planning.id()));
        form.put("contact-" + school.id(), contact.id());
        form.put("deadline", year + "-03-31");
        form.put("instructions", "Utgå från grunduppdraget.");
        String location = client.post("/relevance/new", form).expect(303).location();
        return roundAt(location);
    }

    String goalPath(long round, OrgUnit unit, GoalElement goal) {
        return "/relevance/rounds/" + round + "/units/" + unit.id() + "/goals/" + goal.id();
    }

    @Test
    void aUnitAssessesAGoalAndMarksAnotherNotRelevantInOneStep() {
        long round = open(signedIn(analyst), 2026);
        WebClient unit = signedIn(contact);
        Document tasks = unit.page("/relevance");
        assertNotNull(tasks.selectFirst("a[href=/relevance/rounds/" + round + "/units/" + school.id() + "]"),
                "the contact's task list links to the unit's task");

        GoalElement t41 = goal4.children().get(0);
        GoalElement t42 = goal4.children().get(1);
        unit.post(goalPath(round, school, goal4), "e" + t41.id() + "-relevance", "HIGH",
                "e" + t41.id() + "-control", "WE_DECIDE", "e" + t41.id() + "-contribution", "Läsfrämjande i skolan",
                "e" + t42.id() + "-relevance", "LOW", "action", "save").expect(303);
        Document form = unit.page(goalPath(round, school, goal4));
        assertTrue(form.selectFirst("#e" + t41.id() + "-relevance-HIGH").hasAttr("checked"));
        assertEquals("WE_DECIDE", form.selectFirst("#e" + t41.id() + "-control option[selected]").val());
        assertEquals("Läsfrämjande i skolan", form.selectFirst("#e" + t41.id() + "-contribution").text());
        // Saving again with the same input changes nothing (an upsert, not a second answer).
        unit.post(goalPath(round, school, goal4), "e" + t41.id() + "-relevance", "HIGH",
                "e" + t41.id() + "-control", "WE_DECIDE", "e" + t41.id() + "-contribution", "Läsfrämjande i skolan",
                "e" + t42.id() + "-relevance", "LOW", "action", "save").expect(303);

        GoalElement t141 = goal14.children().get(0);
        unit.post(goalPath(round, school, goal14), "e" + t141.id() + "-note", "Vi har ingen kust",
                "action", "not-relevant").expect(303);
        Document sea = unit.page(goalPath(round, school, goal14));
        for (GoalElement target : goal14.children()) {
            assertTrue(sea.selectFirst("#e" + target.id() + "-relevance-NOT_RELEVANT").hasAttr("checked"),
                    target.code());
        }
        assertEquals("Vi har ingen kust", sea.selectFirst("#e" + t141.id() + "-note").text());

        int expected = 2 + goal14.children().size();
        Document task = unit.page("/relevance/rounds/" + round + "/units/" + school.id());
        assertTrue(task.text().contains(expected + " av 169 bedömda"), task.text());
        unit.post("/relevance/rounds/" + round + "/units/" + school.id() + "/submit").expect(303);

        Document progress = signedIn(analyst).page("/relevance/rounds/" + round);
        String schoolRow = progress.select("tbody tr").stream().filter(r -> r.text().contains("Skolförvaltningen"))
                .findFirst().orElseThrow().text();
        assertTrue(schoolRow.contains(expected + " av 169") && schoolRow.contains("Inlämnad"), schoolRow);
        String planningRow = progress.select("tbody tr").stream().filter(r -> r.text().contains("Samhällsbyggnad"))
                .findFirst().orElseThrow().text();
        assertTrue(planningRow.contains("0 av 169") && planningRow.contains("Inte påbörjad"), planningRow);
    }

    @Test
    void badInputComesBackTranslatedWithWhatWasTyped() {
        long round = open(signedIn(analyst), 2027);
        WebClient unit = signedIn(contact).acceptLanguage("en");
        GoalElement t41 = goal4.children().get(0);
        WebClient.Response response = unit.post(goalPath(round, school, goal4),
                "e" + t41.id() + "-relevance", "HIGH", "e" + t41.id() + "-control", "COLLABORATION",
                "e" + t41.id() + "-note", "Bibliotek och skola", "action", "save");
        assertEquals(422, response.status());
        Document page = response.document();
        assertEquals("Write who you need to collaborate with.",
                page.selectFirst(".error-summary a[href=#e" + t41.id() + "-collaborators]").text());
        assertEquals("Bibliotek och skola", page.selectFirst("#e" + t41.id() + "-note").text());
        assertTrue(page.selectFirst("#e" + t41.id() + "-relevance-HIGH").hasAttr("checked"));
        // Nothing was saved.
        assertTrue(unit.page(goalPath(round, school, goal4)).selectFirst("#e" + t41.id() + "-relevance-none")
                .hasAttr("checked"));

        WebClient analystClient = signedIn(analyst);
        WebClient.Response noUnits = analystClient.post("/relevance/new", "year", "1999", "title", "Omgång",
                "deadline", "inte ett datum");
        assertEquals(422, noUnits.status());
        Document form = noUnits.document();
        List<String> errors = form.select(".error-summary li").eachText();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.containsAll(List.of("Ange ett år mellan 2000 och 2100.",
                "Välj minst en av organisationens enheter.")), errors.toString());
        assertNotNull(form.selectFirst(".error-summary a[href=#deadline]"));
        assertEquals("inte ett datum", form.selectFirst("#deadline").val());
        assertEquals("Omgång", form.selectFirst("#title").val());
        assertEquals("1999", form.selectFirst("#year").val());
    }

    @Test
    void theUnitsTaskListOnlyShowsTheUnitsTheUserAnswersFor() {
        long round = open(signedIn(analyst), 2028);
        Document tasks = signedIn(contact).page("/relevance");
        assertFalse(tasks.select("a[href=/relevance/rounds/" + round + "/units/" + planning.id() + "]").size() > 0);
        assertTrue(tasks.select(".card").stream().anyMatch(c -> c.text().contains("Skolförvaltningen")));
    }
}
