package se.samrad.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.relevance.OpenRoundCommand;
import se.samrad.relevance.Reminders;
import se.samrad.relevance.RoundClosing;
import se.samrad.relevance.Rounds;
import se.samrad.support.AxePages;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.goals.evidence.RelevanceInbox;
import se.samrad.workshop.ActivityConfig;
import se.samrad.workshop.ActivityKind;
import se.samrad.workshop.EventType;
import se.samrad.workshop.ParticipantService;
import se.samrad.workshop.WorkshopService;

import java.util.List;
import java.util.Map;

/**
 * axe-core finds no WCAG 2.2 AA violation on the relevance assessment's pages, in every offered language: an open
 * round with a reminded unit, and a closed round's progress, task and goal form; a workshop's live relevance
 * scoring on the facilitator's page and its page for sending the agreed levels to a round (issue 19).
 */
@MicronautTest(transactional = false)
class RelevancePagesBrowserTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject OrganisationService organisations;
    @Inject Rounds rounds;
    @Inject RoundClosing closing;
    @Inject Reminders reminders;
    @Inject GoalCatalogue catalogue;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;
    @Inject RelevanceInbox inbox;

    ChromeDriver driver;
    Account admin;
    OrgUnit unit;
    long round;
    long closed;
    long workshop;
    long scoring;
    String swotEvidence;

    @BeforeAll
    void setUp() {
        driver = Browser.start();
        Organisation org = fixtures.organisation("Relevanskommun");
        admin = fixtures.account(org, Role.ORG_ADMIN, Role.FACILITATOR);
        var actor = directory.toUser(admin);
        unit = organisations.createUnit(actor, "Miljöförvaltningen", UnitKind.ADMINISTRATION, null);
        round = rounds.open(actor, new OpenRoundCommand("2026", "Kartläggning", List.of(), List.of(unit.id()),
                Map.of(unit.id().toString(), admin.id().toString()), "2026-04-30", "Utgå från grunduppdraget.")).id();
        rounds.publish(actor, rounds.get(org.id(), round), true);
        // The open round's unit reminded (the progress page and the task say when); last year's round closed.
        reminders.remind(actor, rounds.get(org.id(), round), null, "http://localhost");
        closed = rounds.open(actor, new OpenRoundCommand("2025", "Förra årets kartläggning", List.of(),
                List.of(unit.id()), Map.of(unit.id().toString(), admin.id().toString()), "2025-04-30", "")).id();
        closing.close(actor, rounds.get(org.id(), closed));
        // A council's live relevance scoring: scored, disagreeing, one level agreed and sent to the open round.
        var goal4 = catalogue.element("agenda2030", "4", null);
        var w = workshops.create(actor, "Fullmäktiges seminarium", "", true);
        workshop = w.id();
        scoring = workshops.addActivity(actor, workshop, ActivityKind.RELEVANCE, "Hur relevant?", "",
                new ActivityConfig(null, false, 0, 3, 0, 0, null, 0, null,
                        List.of(goal4.children().get(0).id(), goal4.children().get(1).id()), false)).id();
        workshops.control(actor, workshop, EventType.STARTED, scoring, Map.of());
        participants.submit(participants.join(w, "Anna").participant(), "a", EventType.RELEVANCE, scoring,
                Map.of("levels", Map.of("0", 3, "1", 0)));
        participants.submit(participants.join(w, "Bo").participant(), "b", EventType.RELEVANCE, scoring,
                Map.of("levels", Map.of("0", 1)));
        workshops.control(actor, workshop, EventType.AGREED, scoring, Map.of("levels", Map.of("0", 3)));
        inbox.receive(actor, round + ":" + unit.id(), List.of(new RelevanceInbox.Agreed(
                goal4.children().get(0).id(), 3)), "Fullmäktiges seminarium – Hur relevant?", "/workshops/" + workshop
                + "/report");
        // A good-practice example for 4.1 (the goal form offers it to cite) and a SWOT point on 4.1 to cite evidence.
        var web = se.samrad.support.WebClient.signedIn(server.getURI(), admin);
        Map<String, Object> example = new java.util.LinkedHashMap<>();
        example.put("lang", "sv");
        example.put("title-sv", "Läxhjälp på biblioteket");
        example.put("visibility", "PUBLIC");
        example.put("targets", List.of(Long.toString(goal4.children().get(0).id())));
        String page = web.post("/library/new", example).expect(303).location().replaceAll("\\?.*", "");
        web.post(page + "/publish", "note", "").expect(303);
        web.post("/relevance/rounds/" + round + "/swot", "dimension", "SOCIAL", "kind", "STRENGTH",
                "text", "Starka skolbibliotek", "targets", "4.1").expect(303);
        swotEvidence = web.page("/relevance/rounds/" + round + "/result").selectFirst("a[href$=/evidence]")
                .attr("href");
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyRelevancePageIsFreeOfAxeViolationsInEveryLanguage() {
        AxePages pages = new AxePages(driver, server.getURI());
        pages.signIn(admin.email());
        var goal4 = catalogue.element("agenda2030", "4", null);
        String task = "/relevance/rounds/" + round + "/units/" + unit.id();
        pages.check(List.of("/relevance", "/relevance/new", "/relevance/rounds/" + round, task,
                task + "/goals/" + goal4.id(), "/relevance/rounds/" + round + "/result", "/relevance/public/" + round,
                "/relevance/rounds/" + round + "/decisions/" + goal4.children().get(0).id(), swotEvidence,
                "/relevance/rounds/" + closed, "/relevance/rounds/" + closed + "/units/" + unit.id(),
                "/relevance/rounds/" + closed + "/units/" + unit.id() + "/goals/" + goal4.id(),
                "/workshops/" + workshop, "/workshops/" + workshop + "/report",
                "/workshops/" + workshop + "/activities/" + scoring + "/relevance"));
        pages.assertNone();
    }
}
