package se.samrad.stakeholder;

import io.micronaut.data.model.Pageable;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.audit.AuditRepository;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merging a duplicate organisation: everything moves to the kept one, the duplicate goes, the audit says so. */
@MicronautTest(transactional = false)
class MergeTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject GoalCatalogue catalogue;
    @Inject AuditRepository audit;

    Organisation home;
    Account admin;
    Account council;
    Account stranger;

    @BeforeAll
    void people() {
        home = fixtures.organisation("Dubbelby");
        admin = fixtures.account(home, Role.ORG_ADMIN);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        stranger = fixtures.account(fixtures.organisation("Enkelby"), Role.ORG_ADMIN);
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    static long organisation(WebClient client, String name, String number) {
        String location = client.post("/stakeholders/new-organisation", "name", name, "kind", "CIVIL_SOCIETY",
                "orgNumber", number).expect(303).location();
        return Long.parseLong(location.replaceAll(".*/organisations/(\\d+).*", "$1"));
    }

    @Test
    void theDuplicatesTimelineTargetsPeopleAndRelationsMoveToTheKeptOne() {
        WebClient client = signedIn(admin);
        long kept = organisation(client, "Naturskyddsföreningen", "");
        long duplicate = organisation(client, "Naturskyddsföreningen Exempelkommun", "802400-1235");
        long partner = organisation(client, "Friluftsfrämjandet", "");
        client.post("/stakeholders/organisations/" + duplicate + "/engagements", "kind", "MEETING",
                "occurredOn", "2025-03-01", "summary", "Möte om strandskydd").expect(303);
        client.post("/stakeholders/organisations/" + duplicate + "/placements", "interest", "5", "influence", "2",
                "issueKind", "NONE", "placedOn", "2025-03-01").expect(303);
        long target = catalogue.element("agenda2030", "15.1", null).id();
        client.post("/stakeholders/organisations/" + duplicate + "/targets", "targets", target).expect(303);
        client.post("/stakeholders/organisations/" + kept + "/targets", "targets", target).expect(303);
        client.post("/stakeholders/organisations/" + duplicate + "/relations", "kind", "PARTNER", "other", partner)
                .expect(303);
        client.post("/stakeholders/organisations/" + duplicate + "/relations", "kind", "MEMBER_OF", "other", kept)
                .expect(303);
        String contact = client.post("/stakeholders/new-contact", "name", "Nils Natur", "lawfulBasis", "PUBLIC_TASK")
                .expect(303).location().replaceAll(".*/contacts/(\\d+).*", "$1");
        client.post("/stakeholders/contacts/" + contact + "/roles", "other", duplicate, "label", "Ordförande")
                .expect(303);

        assertEquals(422, client.post("/stakeholders/organisations/" + duplicate + "/merge", "into", duplicate)
                .status());
        assertEquals(403, signedIn(council).post("/stakeholders/organisations/" + duplicate + "/merge", "into", kept)
                .status());
        assertEquals(404, signedIn(stranger).post("/stakeholders/organisations/" + duplicate + "/merge", "into",
                kept).status());
        assertEquals("/stakeholders/organisations/" + kept + "?done=merged",
                client.post("/stakeholders/organisations/" + duplicate + "/merge", "into", kept).expect(303)
                        .location());

        client.get("/stakeholders/organisations/" + duplicate).expect(404);
        Document page = client.page("/stakeholders/organisations/" + kept);
        assertTrue(page.select(".timeline").text().contains("Möte om strandskydd"));
        assertEquals(1, page.select("table[aria-labelledby=placements-heading] tbody tr").size());
        assertEquals(1, page.select(".stakeholder-targets li").size());
        assertEquals(List.of("Friluftsfrämjandet"), page.select(".relations li > a").eachText());
        assertTrue(page.text().contains("Nils Natur"));
        assertTrue(page.select(".facts").text().contains("802400-1235"), "the kept one takes the number");
        assertTrue(audit.findByOrganisationIdOrderByIdDesc(home.id(), Pageable.from(0, 20)).getContent().stream()
                .anyMatch(e -> e.action().equals("STAKEHOLDER_MERGED")
                        && e.detail().contains("Naturskyddsföreningen Exempelkommun")));
    }
}
