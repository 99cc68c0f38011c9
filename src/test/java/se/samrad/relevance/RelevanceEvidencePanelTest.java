package se.samrad.relevance;

import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceSource;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.WebClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence beside each target of the assessment form: what every {@link EvidenceSource} offers (here the
 * real stakeholder register, and a stand-in dialogue source with a quote and a count), each item linked to where
 * it was said, a long list cut with a count of the rest, and "no evidence yet" where there is none.
 */
@MicronautTest(transactional = false)
class RelevanceEvidencePanelTest extends RelevanceIntegrationTest {

    static final String PROPERTY = "samrad.test.relevance-dialogue-evidence";

    /** A dialogue source for the test's organisation only: ten quotes and a count on target 11.6. */
    @Singleton
    @Requires(property = PROPERTY)
    static class DialogueStandIn implements EvidenceSource {
        static volatile long organisation;
        static volatile long target;

        @Override
        public String kind() {
            return "dialogue";
        }

        @Override
        public List<Evidence> evidenceFor(long organisationId, Collection<Long> elementIds) {
            if (organisationId != organisation || !elementIds.contains(target)) {
                return List.of();
            }
            List<Evidence> out = new ArrayList<>();
            out.add(new Evidence("dialogue", 77, "Hållbara Relby", "/dialogues/77/results", target,
                    Evidence.Type.COUNT, "Vilka mål är viktigast: Hållbara städer", "sv", 40, 120, null));
            for (int i = 1; i <= 10; i++) {
                out.add(new Evidence("dialogue", 77, "Hållbara Relby", "/dialogues/77/results/texts/idea#a" + i,
                        target, Evidence.Type.STATEMENT, "Renare luft vid skolan " + i, "sv", 1, 0, null));
            }
            return out;
        }
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(PROPERTY, "true");
    }


    Account analyst;
    OrgUnit unit;
    GoalElement goal11;
    GoalElement t116;
    long stakeholder;
    long round;

    @BeforeAll
    void data() {
        Organisation home = fixtures.organisation("Evidensby");
        Account admin = fixtures.account(home, Role.ORG_ADMIN);
        analyst = fixtures.account(home, Role.ANALYST);
        unit = organisations.createUnit(accounts.toUser(admin), "Miljö", UnitKind.ADMINISTRATION, null);
        goal11 = catalogue.element("agenda2030", "11", null);
        t116 = catalogue.element("agenda2030", "11.6", null);
        DialogueStandIn.organisation = home.id();
        DialogueStandIn.target = t116.id();
        WebClient client = signedIn(analyst);
        String location = client.post("/stakeholders/new-organisation", "name", "Naturskyddsföreningen Relby",
                "kind", "CIVIL_SOCIETY").expect(303).location();
        stakeholder = Long.parseLong(location.replaceAll("^/stakeholders/organisations/(\\d+).*", "$1"));
        client.post("/stakeholders/organisations/" + stakeholder + "/targets", "targets", t116.id(),
                "note", "Mäter luften").expect(303);
        round = roundAt(client.post("/relevance/new", Map.of("year", "2026", "title", "Omgång",
                "units", unit.id(), "deadline", "2026-06-01")).expect(303).location());
    }

    @Test
    void eachTargetShowsItsEvidenceLinkedToItsSource() {
        Document form = signedIn(analyst).page("/relevance/rounds/" + round + "/units/" + unit.id() + "/goals/"
                + goal11.id());
        Element panel = form.selectFirst("aside[aria-labelledby=e" + t116.id() + "-evidence]");
        assertNotNull(panel);
        List<String> headings = panel.select("h4").eachText();
        assertEquals(List.of("Medborgardialoger", "Intressenter"), headings);
        List<Element> dialogue = panel.select("h4 + ul").get(0).select("li");
        assertEquals(8, dialogue.size(), "the first items, then how many more");
        assertTrue(dialogue.get(0).text().contains("Vilka mål är viktigast: Hållbara städer – 40 av 120"),
                dialogue.get(0).text());
        Element quote = dialogue.get(1).selectFirst("q");
        assertEquals("Renare luft vid skolan 1", quote.text());
        assertEquals("sv", quote.attr("lang"));
        assertEquals("/dialogues/77/results/texts/idea#a1", dialogue.get(1).selectFirst("a").attr("href"));
        assertTrue(panel.text().contains("och 3 till i källan"), panel.text());
        Element register = panel.select("h4 + ul").get(1);
        assertEquals("/stakeholders/organisations/" + stakeholder, register.selectFirst("a").attr("href"));
        assertTrue(register.text().contains("Naturskyddsföreningen Relby"), register.text());
        assertTrue(register.text().contains("Mäter luften"), register.text());

        GoalElement t111 = goal11.children().get(0);
        assertEquals("Inget underlag om delmålet än.",
                form.selectFirst("aside[aria-labelledby=e" + t111.id() + "-evidence] p").text());
    }
}
