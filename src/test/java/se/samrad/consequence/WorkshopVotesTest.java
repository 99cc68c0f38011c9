package se.samrad.consequence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.Account;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.WebClient;
import se.samrad.workshop.Activity;
import se.samrad.workshop.ActivityKind;
import se.samrad.workshop.EventType;
import se.samrad.workshop.ParticipantService;
import se.samrad.workshop.Workshop;
import se.samrad.workshop.WorkshopService;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prioritisation by a live workshop's dot voting: from a case's prioritisation page its alternatives (do nothing
 * included) go to a workshop the user runs as a dot-voting activity; once participants have placed their dots, the
 * page shows each alternative's dots beside the analysts' ranking and how many voted. Refusals: a workshop the user
 * does not run (403), another organisation's workshop (404), a council member (403), no CSRF token (403), a case with
 * only do nothing (400 with the reason).
 */
@MicronautTest(transactional = false)
class WorkshopVotesTest extends ConsequenceIntegrationTest {

    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;
    @Inject WorkshopVotes votes;
    @Inject se.samrad.platform.audit.AuditLog audit;
    @Inject Cases cases;

    Account admin;
    Account analyst;
    Account council;
    Workshop session;
    Workshop foreign;

    @BeforeAll
    void data() {
        var home = fixtures.organisation("Prickby");
        admin = fixtures.account(home, Role.ORG_ADMIN, Role.ANALYST, Role.FACILITATOR);
        analyst = fixtures.account(home, Role.ANALYST);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        session = workshops.create(accounts.toUser(admin), "Prioriteringsverkstad i december", "", true);
        foreign = workshops.create(accounts.toUser(fixtures.account(fixtures.organisation("Grannby"),
                Role.ORG_ADMIN, Role.FACILITATOR)), "Grannbys verkstad", "", true);
    }

    long caseWithTwoProposals(WebClient client, String title) {
        long kase = newCase(client, title, target("12.3"));
        client.post("/consequence/cases/" + kase + "/alternatives/new", Map.of("title", "Portionsvågar")).expect(303);
        client.post("/consequence/cases/" + kase + "/alternatives/new", Map.of("title", "Förbeställning")).expect(303);
        return kase;
    }

    /** The prioritisation table's row for the alternative whose name starts with {@code name}. */
    static Element row(Document page, String name) {
        return page.select("table tbody tr").stream().filter(r -> r.selectFirst("th").text().startsWith(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + page.select("table").text()));
    }

    @Test
    void theParticipantsDotsLandBesideTheAnalystsRanking() {
        WebClient client = signedIn(admin);
        long kase = caseWithTwoProposals(client, "Mindre matsvinn i skolköken");
        String base = "/consequence/cases/" + kase + "/prioritisation";
        Document before = client.page(base);
        Element select = before.selectFirst("select#workshop");
        assertNotNull(select, before.text());
        assertEquals("Prioriteringsverkstad i december",
                select.selectFirst("option[value=" + session.id() + "]").text());
        assertTrue(select.select("option").stream().noneMatch(o -> o.text().equals("Grannbys verkstad")));
        assertNull(before.selectFirst("td.votes"), "no participants' column before anything is sent");

        assertEquals(base + "?done=voting", client.post(base + "/workshop", Map.of("workshop",
                String.valueOf(session.id()))).expect(303).location());
        Document sent = client.page(base + "?done=voting");
        assertTrue(sent.text().contains("Alternativen är skickade till workshoppen som prickröstning."), sent.text());
        assertTrue(sent.text().contains("Skickat till workshoppen «Prioriteringsverkstad i december». Inga röster än"),
                sent.text());

        Activity voting = workshops.activities(session.id()).stream().filter(a -> a.kind() == ActivityKind.DOTS)
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("Prioritera: Mindre matsvinn i skolköken", voting.title());
        assertEquals(List.of("Nollalternativet", "Alternativ A Portionsvågar", "Alternativ B Förbeställning"),
                workshops.config(voting).optionList());
        // Sending is audited on the case, naming the workshop and its new activity.
        assertTrue(audit.byActor(admin.id()).stream().anyMatch(e -> e.action().equals("CONSEQUENCE_SENT_TO_WORKSHOP")
                && e.target().equals("consequence-case:" + kase)
                && e.detail().equals("workshop:" + session.id() + " activity:" + voting.id())),
                "the sending is in the audit log");

        CurrentUser facilitator = accounts.toUser(admin);
        workshops.control(facilitator, session.id(), EventType.STARTED, voting.id(), Map.of());
        var anna = participants.join(session, "Anna").participant();
        var bo = participants.join(session, "Bo").participant();
        participants.submit(anna, "dots-anna", EventType.DOTS, voting.id(), Map.of("dots", Map.of("1", 2, "2", 1)));
        participants.submit(bo, "dots-bo", EventType.DOTS, voting.id(), Map.of("dots", Map.of("1", 3)));

        WorkshopVotes.Votes tally = votes.latest(cases.get(admin.organisationId(), kase)).orElseThrow();
        assertEquals(2, tally.voters());
        Document after = client.page(base);
        assertTrue(after.selectFirst("p.vote-status").text().contains(
                "Deltagarnas prickar från workshoppen «Prioriteringsverkstad i december»: 2 deltagare har röstat."),
                after.selectFirst("p.vote-status").text());
        assertTrue(after.select("table thead th").eachText().contains("Deltagarnas prickar"));
        assertEquals("5", row(after, "Alternativ A").selectFirst("td.votes").text());
        assertEquals("1", row(after, "Alternativ B").selectFirst("td.votes").text());
        assertEquals("0", row(after, "Nollalternativet").selectFirst("td.votes").text());
        assertFalse(after.text().contains("Inga röster än"), after.text());
    }

    @Test
    void onlyThoseWhoMayRunTheWorkshopSendAndOnlyRealAlternatives() {
        WebClient client = signedIn(admin);
        long kase = caseWithTwoProposals(client, "Förbeställning i äldreomsorgen");
        String send = "/consequence/cases/" + kase + "/prioritisation/workshop";
        Map<String, Object> form = Map.of("workshop", String.valueOf(session.id()));

        var notRunner = signedIn(analyst).post(send, form);
        assertEquals(403, notRunner.status(), "an analyst who does not facilitate the workshop");
        assertTrue(notRunner.body().contains("Din roll ger inte tillgång till den här sidan."), notRunner.body());
        var theirs = client.post(send, Map.of("workshop", String.valueOf(foreign.id())));
        assertEquals(404, theirs.status());
        assertTrue(theirs.body().contains("Sidan finns inte"), theirs.body());
        assertEquals(403, signedIn(council).post(send, form).status());
        assertEquals(403, client.postRaw(send, form).status(), "no CSRF token");
        assertTrue(workshops.activities(foreign.id()).isEmpty());
        assertTrue(votes.latest(cases.get(admin.organisationId(), kase)).isEmpty(), "nothing was sent");
        Document councilPage = signedIn(council).page("/consequence/cases/" + kase + "/prioritisation");
        assertNull(councilPage.selectFirst("select#workshop"), "council members read, they do not send");

        long bare = newCase(client, "Bara nollalternativet", target("12.3"));
        var refused = client.post("/consequence/cases/" + bare + "/prioritisation/workshop", form);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("Lägg till minst ett alternativ utöver nollalternativet"), refused.body());
    }
}
