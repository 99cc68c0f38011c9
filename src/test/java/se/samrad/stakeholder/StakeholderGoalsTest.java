package se.samrad.stakeholder;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceReader;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linking stakeholders to targets with the shared picker; the target's page and the evidence read them. */
@MicronautTest(transactional = false)
class StakeholderGoalsTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject GoalCatalogue catalogue;
    @Inject EvidenceReader evidence;

    Organisation home;
    Account analyst;
    Account council;
    Account stranger;

    @BeforeAll
    void people() {
        home = fixtures.organisation("Målby");
        analyst = fixtures.account(home, Role.ANALYST);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        stranger = fixtures.account(fixtures.organisation("Annanby"), Role.ORG_ADMIN);
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    @Test
    void aLinkedStakeholderShowsOnTheTargetPageForStaffAndAsEvidence() {
        WebClient client = signedIn(analyst);
        String name = Fixtures.unique("Energibolaget");
        String location = client.post("/stakeholders/new-organisation", "name", name, "kind", "COMPANY")
                .expect(303).location();
        long id = Long.parseLong(location.replaceAll(".*/organisations/(\\d+).*", "$1"));
        long target = catalogue.element("agenda2030", "7.2", null).id();
        long other = catalogue.element("agenda2030", "13.1", null).id();
        client.post("/stakeholders/organisations/" + id + "/placements", "interest", "4", "influence", "5",
                "issueKind", "NONE", "placedOn", "2025-02-02").expect(303);
        // The picker's search button (no JavaScript) filters without saving and keeps the choice.
        Document searched = client.post("/stakeholders/organisations/" + id + "/targets", "targets", target,
                "targets-q", "förnybar", "targets-search", "1", "note", "Bygger solparker").expect(200).document();
        assertTrue(searched.selectFirst("input[name=targets][value=" + target + "]").hasAttr("checked"),
                searched.select("input[name=targets][checked]").outerHtml() + searched.select("input[name=targets]").size());
        assertEquals("Bygger solparker", searched.selectFirst("#note").text());
        client.post("/stakeholders/organisations/" + id + "/targets", "targets", List.of(target, other),
                "note", "Bygger solparker").expect(303);
        Document page = client.page("/stakeholders/organisations/" + id);
        assertEquals(2, page.select(".stakeholder-targets li").size());

        Document targetPage = signedIn(council).page("/goals/agenda2030/7.2");
        assertTrue(targetPage.select("a[href=/stakeholders/organisations/" + id + "]").text().contains(name));
        assertTrue(targetPage.text().contains("Samarbeta nära – Bygger solparker"), targetPage.text());
        assertTrue(signedIn(stranger).page("/goals/agenda2030/7.2").select("a[href^=/stakeholders/organisations/]").isEmpty());
        assertTrue(new WebClient(server.getURI()).page("/goals/agenda2030/7.2").select("a[href^=/stakeholders/organisations/]")
                .isEmpty());

        List<Evidence> found = evidence.evidenceFor(home.id(), List.of(target)).stream()
                .filter(e -> e.source().equals("stakeholder")).toList();
        assertEquals(1, found.size());
        assertEquals(name, found.get(0).sourceTitle());
        assertEquals("MANAGE_CLOSELY: Bygger solparker", found.get(0).label());
        assertTrue(evidence.evidenceFor(stranger.organisationId(), List.of(target)).stream()
                .noneMatch(e -> e.source().equals("stakeholder")));
    }

    @Test
    void anUnknownTargetIsRefused() {
        WebClient client = signedIn(analyst);
        String location = client.post("/stakeholders/new-organisation", "name", "X", "kind", "COMPANY")
                .expect(303).location();
        long id = Long.parseLong(location.replaceAll(".*/organisations/(\\d+).*", "$1"));
        Document page = client.post("/stakeholders/organisations/" + id + "/targets", "targets", "999999999",
                "note", "").expect(422).document();
        assertEquals(List.of("#targets"), page.select(".error-summary a").eachAttr("href"));
    }
}
