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

/** Seed 004's session, prepared by the demo content, is ready to run. */
@MicronautTest(transactional = false)
class WorkshopDemoTest extends IntegrationTest {

    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopDemo demo;
    @Inject WorkshopService workshops;

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
}
