package se.samrad.relevance;

import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalElement;
import se.samrad.platform.account.Account;
import se.samrad.platform.audit.AuditEvent;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.support.WebClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminders: an analyst reminds the units that have not handed in (or one of them); the reminder is recorded and
 * shown on the progress page and to the unit's contact, at most once a day. And the audit log: opening, handing in,
 * reminding, deciding, publishing, closing and reopening are written and shown translated on /admin/audit.
 */
@MicronautTest(transactional = false)
class RelevanceRemindersTest extends RelevanceIntegrationTest {

    @Inject RoundUnitRowRepository roundUnits;
    @Inject AuditLog audit;

    Organisation home;
    Account admin;
    Account analyst;
    Account contact;
    OrgUnit school;
    OrgUnit planning;

    @BeforeAll
    void data() {
        home = fixtures.organisation("Påminby");
        admin = fixtures.account(home, Role.ORG_ADMIN);
        analyst = fixtures.account(home, Role.ANALYST);
        contact = fixtures.account(home, Role.FACILITATOR);
        var actor = accounts.toUser(admin);
        school = organisations.createUnit(actor, "Skola", UnitKind.ADMINISTRATION, null);
        planning = organisations.createUnit(actor, "Plan", UnitKind.ADMINISTRATION, null);
    }

    long open() {
        String location = signedIn(analyst).post("/relevance/new", Map.of("year", "2026", "title", "Påminnelser",
                "units", List.of(school.id(), planning.id()), "contact-" + school.id(), contact.id(),
                "contact-" + planning.id(), contact.id(), "deadline", "2020-01-31")).expect(303).location();
        return roundAt(location);
    }

    RoundUnitRow row(long round, OrgUnit unit) {
        return roundUnits.findByOrganisationIdAndRoundIdAndUnitId(home.id(), round, unit.id()).orElseThrow();
    }

    List<AuditEvent> events(long round, String action) {
        return audit.forOrganisation(home.id(), Pageable.from(0, 500)).getContent().stream()
                .filter(e -> e.target().equals("relevance-round:" + round) && e.action().equals(action)).toList();
    }

    String rowOf(Document page, String unit) {
        return page.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals(unit)).findFirst()
                .orElseThrow().text();
    }

    @Test
    void theUnitsNotHandedInAreRemindedOnceADay() {
        long round = open();
        WebClient unit = signedIn(contact);
        unit.post("/relevance/rounds/" + round + "/units/" + school.id() + "/submit").expect(303);

        WebClient client = signedIn(analyst);
        client.post("/relevance/rounds/" + round + "/remind").expect(303);
        RoundUnitRow reminded = row(round, planning);
        assertNotNull(reminded.remindedAt());
        assertEquals(analyst.id(), reminded.remindedBy());
        assertEquals(null, row(round, school).remindedAt(), "a unit handed in is not reminded");
        Document progress = client.page("/relevance/rounds/" + round + "?done=reminded");
        assertTrue(rowOf(progress, "Plan").contains("Påmind"), rowOf(progress, "Plan"));
        assertFalse(rowOf(progress, "Skola").contains("Påmind"), rowOf(progress, "Skola"));
        String card = unit.page("/relevance").select(".card").stream()
                .filter(c -> c.selectFirst("a[href=/relevance/rounds/" + round + "/units/" + planning.id() + "]") != null)
                .findFirst().orElseThrow().text();
        assertTrue(card.contains("Påmind"), card);
        assertTrue(unit.page("/relevance/rounds/" + round + "/units/" + planning.id()).text().contains("Påmind"));

        // Again the same day, for all or for the unit: nothing more is recorded.
        client.post("/relevance/rounds/" + round + "/remind").expect(303);
        client.post("/relevance/rounds/" + round + "/remind", "unit", planning.id()).expect(303);
        assertEquals(reminded.remindedAt(), row(round, planning).remindedAt());
        assertEquals(1, events(round, "RELEVANCE_REMINDER_SENT").size());

        // A reminder from yesterday does not stop today's.
        roundUnits.update(reminded.reminded(reminded.remindedAt().minus(Duration.ofDays(1)), analyst.id()));
        client.post("/relevance/rounds/" + round + "/remind", "unit", planning.id()).expect(303);
        assertTrue(row(round, planning).remindedAt().isAfter(Instant.now().minus(Duration.ofHours(1))));
        assertEquals(2, events(round, "RELEVANCE_REMINDER_SENT").size());

        RelevanceClosingTest.refused(client.post("/relevance/rounds/" + round + "/remind", "unit", school.id()), 409,
                "Enheten har redan lämnat in och behöver ingen påminnelse.", "remind a unit handed in");
        RelevanceClosingTest.refused(client.post("/relevance/rounds/" + round + "/remind", "unit", "999999999"), 404,
                RelevanceAccessTest.NOT_FOUND, "remind a unit not in the round");
        client.post("/relevance/rounds/" + round + "/close").expect(303);
        RelevanceClosingTest.refused(client.post("/relevance/rounds/" + round + "/remind"), 409,
                RelevanceClosingTest.CLOSED, "remind in a closed round");
        assertEquals(2, events(round, "RELEVANCE_REMINDER_SENT").size());
    }

    @Test
    void theRoundsStepsAreInTheAuditLog() {
        long round = open();
        WebClient unit = signedIn(contact);
        unit.post("/relevance/rounds/" + round + "/units/" + school.id() + "/submit").expect(303);
        unit.post("/relevance/rounds/" + round + "/units/" + school.id() + "/submit").expect(303);
        WebClient client = signedIn(analyst);
        client.post("/relevance/rounds/" + round + "/remind").expect(303);
        GoalElement target = catalogue.element("agenda2030", "4", null).children().get(0);
        Map<String, Object> decision = Map.of("prioritised", "on", "justification", "Skolan");
        client.post("/relevance/rounds/" + round + "/decisions/" + target.id(), decision).expect(303);
        client.post("/relevance/rounds/" + round + "/decisions/" + target.id(), decision).expect(303);
        client.post("/relevance/rounds/" + round + "/publish", "published", "true").expect(303);
        client.post("/relevance/rounds/" + round + "/publish", "published", "true").expect(303);
        client.post("/relevance/rounds/" + round + "/close").expect(303);
        signedIn(admin).post("/relevance/rounds/" + round + "/reopen").expect(303);

        Map<String, Integer> expected = Map.of("RELEVANCE_ROUND_OPENED", 1, "RELEVANCE_UNIT_SUBMITTED", 1,
                "RELEVANCE_REMINDER_SENT", 1, "RELEVANCE_PRIORITY_DECIDED", 1, "RELEVANCE_ROUND_PUBLISHED", 1,
                "RELEVANCE_ROUND_CLOSED", 1, "RELEVANCE_ROUND_REOPENED", 1);
        expected.forEach((action, count) -> assertEquals(count, events(round, action).size(), action));
        AuditEvent submitted = events(round, "RELEVANCE_UNIT_SUBMITTED").getFirst();
        assertEquals(contact.id(), submitted.actorAccountId());
        assertEquals("unit:" + school.id(), submitted.detail());
        assertEquals("element:" + target.id() + " prioritised",
                events(round, "RELEVANCE_PRIORITY_DECIDED").getFirst().detail());

        String log = signedIn(admin).page("/admin/audit").text();
        for (String name : List.of("Öppnade en omgång i relevansbedömningen", "Stängde en omgång i relevansbedömningen",
                "Öppnade en stängd omgång i relevansbedömningen igen", "Påminde en enhet i relevansbedömningen",
                "Lämnade in en enhets relevansbedömning", "Beslutade om ett delmål i relevansbedömningen",
                "Publicerade relevansbedömningens sammanfattning")) {
            assertTrue(log.contains(name), name);
        }
        assertTrue(signedIn(admin).acceptLanguage("en").page("/admin/audit").text()
                .contains("Closed a relevance assessment round"));
    }
}
