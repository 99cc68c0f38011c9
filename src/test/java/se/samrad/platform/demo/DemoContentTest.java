package se.samrad.platform.demo;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.AccountRepository;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.account.SignInResult;
import se.samrad.platform.organisation.OrganisationRepository;
import se.samrad.support.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.OwnGoals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Demo content is created on an empty database only, once, and its accounts can sign in. */
class DemoContentTest {

    @Test
    void demoIsSeededOnceIntoAnEmptyDatabase() throws Exception {
        Map<String, Object> db = TestDatabase.properties();
        String url = (String) db.get("datasources.default.url");
        String demoUrl = url.substring(0, url.lastIndexOf('/') + 1) + "samrad_demo_test";
        try (Connection c = DriverManager.getConnection(url, (String) db.get("datasources.default.username"),
                (String) db.get("datasources.default.password")); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS samrad_demo_test");
            s.execute("CREATE DATABASE samrad_demo_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Map<String, Object> properties = new HashMap<>(db);
        properties.put("datasources.default.url", demoUrl);
        properties.put("micronaut.server.port", "-1");
        properties.put("samrad.demo.password", "a demo passphrase");

        long organisations;
        try (ApplicationContext first = ApplicationContext.run(properties)) {
            organisations = first.getBean(OrganisationRepository.class).count();
            assertTrue(first.getBean(OrganisationRepository.class).findByName(DemoContent.DEMO_ORGANISATION).isPresent());
            SignInResult result = first.getBean(AccountService.class)
                    .signIn("admin" + DemoContent.DEMO_DOMAIN, "a demo passphrase");
            assertEquals(SignInResult.Outcome.SIGNED_IN, result.outcome());
            // The goal catalogue's demo: Vision 2040 with seed 003's five focus areas, mapped to targets.
            long demoId = first.getBean(OrganisationRepository.class).findByName(DemoContent.DEMO_ORGANISATION)
                    .orElseThrow().id();
            var vision = first.getBean(GoalCatalogue.class).owned(demoId);
            assertEquals(1, vision.size());
            assertEquals(5, vision.get(0).goals().size());
            assertTrue(first.getBean(OwnGoals.class).all(demoId).size() >= 10, "goals mapped to targets");
            // The stakeholder register: the council of seed 000 with its members, placed and linked to targets.
            var admin = new se.samrad.platform.security.CurrentUser(0, demoId, "demo", "demo",
                    java.util.Set.of(se.samrad.platform.security.Role.ORG_ADMIN));
            var stakeholders = first.getBean(se.samrad.stakeholder.StakeholderRegister.class).list(admin);
            assertEquals(14, stakeholders.size());
            assertEquals(13, first.getBean(se.samrad.stakeholder.Placements.class).grid(admin, "").size());
            // Indicators: values 2015-2024 with a comparison group and the country, targets for 2030, a signal each,
            // linked to SDG targets and to a Vision 2040 focus area.
            var indicators = first.getBean(se.samrad.indicator.Indicators.class).list(admin);
            assertEquals(5, indicators.size());
            var figures = first.getBean(se.samrad.indicator.IndicatorFigures.class).of(demoId, indicators);
            assertTrue(figures.stream().allMatch(f -> f.signal().progress().status()
                    != se.samrad.indicator.ProgressStatus.UNKNOWN && f.signal().rank() != null));
            assertTrue(indicators.stream().allMatch(i -> first.getBean(se.samrad.indicator.Indicators.class)
                    .goals(demoId, i.id()).stream().anyMatch(g -> g.frameworkKey().equals(vision.get(0).key()))));
            var engagements = first.getBean(se.samrad.stakeholder.Engagements.class);
            assertEquals(1, engagements.followUpsDue(admin).size(), "the council meeting's follow-up");
            assertEquals(1, engagements.agreementsExpiring(admin).size(), "the police agreement");
            // Invitations through the register: ten people to the (anonymous) dialogue, five to the workshop, whose
            // timelines show what the links recorded.
            var invitations = first.getBean(se.samrad.stakeholder.Invitations.class);
            var occasions = invitations.occasions(admin, "sv");
            var dialogue = occasions.stream().filter(o -> o.kind().equals("DIALOGUE")).findFirst().orElseThrow();
            var workshop = occasions.stream().filter(o -> o.kind().equals("WORKSHOP")).findFirst().orElseThrow();
            assertEquals(10, invitations.invited(admin, dialogue).size());
            var invitedToWorkshop = invitations.invited(admin, workshop);
            assertEquals(5, invitedToWorkshop.size());
            assertEquals(3, invitedToWorkshop.stream().filter(i -> i.row().startedAt() != null).count(), "joined");
            assertEquals(2, invitedToWorkshop.stream().filter(i -> i.row().completedAt() != null).count(), "contributed");
            var sara = invitedToWorkshop.stream().filter(i -> i.contact().name().equals("Sara Lund")).findFirst()
                    .orElseThrow();
            assertEquals(java.util.List.of("Bidrog i workshoppen ”" + workshop.title() + "”",
                            "Gick med i workshoppen ”" + workshop.title() + "”",
                            "Inbjuden till workshoppen ”" + workshop.title() + "”",
                            "Inbjuden till dialogen ”" + dialogue.title() + "”"),
                    engagements.ofContact(admin, sara.contact().id()).stream().map(e -> e.row().summary()).toList());
        }
        try (ApplicationContext second = ApplicationContext.run(properties)) {
            assertEquals(organisations, second.getBean(OrganisationRepository.class).count(), "not seeded twice");
            assertEquals(5, second.getBean(AccountRepository.class).count());
        }
    }
}
