package se.samrad.workshop;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seed 004's session, prepared by the demo content, is ready to run; and the council's live relevance scoring shows
 * scores, disagreement and agreed levels.
 */
@MicronautTest(transactional = false)
class WorkshopDemoTest extends IntegrationTest {

    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopDemo demo;
    @Inject WorkshopService workshops;
    @Inject RelevanceScoringDemo scoringDemo;
    @Inject io.micronaut.runtime.server.EmbeddedServer server;

    @Test
    void theDemoPreparesSeed004sSession() {
        Organisation org = fixtures.organisation("Demoby");
        CurrentUser admin = directory.toUser(fixtures.account(org, Role.ORG_ADMIN));
        CurrentUser facilitator = directory.toUser(fixtures.account(org, Role.FACILITATOR));
        demo.contribute(org, admin);
        List<Workshop> list = workshops.list(admin);
        assertEquals(1, list.size());
        Workshop workshop = list.get(0);
        assertEquals(WorkshopDemo.TITLE, workshop.title());
        assertEquals(workshop.id(), workshops.runnable(facilitator, workshop.id()).id(), "the demo facilitator runs it");
        List<Activity> agenda = workshops.activities(workshop.id());
        assertEquals(List.of(ActivityKind.IDEAS, ActivityKind.BREAKOUT, ActivityKind.CHAT, ActivityKind.SDG_MATRIX,
                ActivityKind.POLL), agenda.stream().map(Activity::kind).toList());
        ActivityConfig breakout = workshops.config(agenda.get(1));
        assertEquals(WorkshopDemo.SUB_QUESTIONS, breakout.questionList());
        assertEquals(26, breakout.groups());
        assertTrue(workshops.config(agenda.get(3)).targetList().size() >= 6);
    }

    @Test
    void theDemoCouncilHasScoredEightTargetsLive() {
        Organisation org = fixtures.organisation("Rådsby");
        var adminAccount = fixtures.account(org, Role.ORG_ADMIN);
        scoringDemo.contribute(org, directory.toUser(adminAccount));
        Workshop workshop = workshops.list(directory.toUser(adminAccount)).getFirst();
        assertEquals(RelevanceScoringDemo.TITLE, workshop.title());
        Activity scoring = workshops.activities(workshop.id()).getFirst();
        assertEquals(ActivityKind.RELEVANCE, scoring.kind());

        var page = se.samrad.support.WebClient.signedIn(server.getURI(), adminAccount)
                .page("/workshops/" + workshop.id());
        var rows = page.select("#activity-" + scoring.id() + " table.relevance-scoring tbody tr");
        assertEquals(8, rows.size());
        assertTrue(rows.get(0).selectFirst("th").text().startsWith("3.4"), rows.get(0).text());
        // 3.4: five members all high, agreed high; 7.2: from low to high, a disagreement still to settle
        assertEquals(List.of("0", "0", "0", "5", "3", "0", "Hög"), rows.get(0).select("td").eachText());
        assertEquals(List.of("0", "2", "2", "1", "1,8", "2 Oenighet", "Inte bestämd"),
                rows.get(2).select("td").eachText());
        assertEquals(4, rows.stream().filter(r -> r.text().contains("Oenighet")).count());
        assertEquals(4, rows.stream().filter(r -> !r.text().contains("Inte bestämd")).count());
    }
}
