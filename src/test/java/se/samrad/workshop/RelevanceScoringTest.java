package se.samrad.workshop;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.support.WebClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live relevance scoring (issue 19): participants score targets on the assessment's scale, the spread shows
 * disagreement, the facilitator sets the agreed levels, and those land in a unit of an open relevance round (the
 * unit's goal form says where they came from); refused inputs and sends say why.
 */
@MicronautTest(transactional = false)
class RelevanceScoringTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;
    @Inject GoalCatalogue catalogue;
    @Inject OrganisationService organisations;

    Organisation org;
    Account facilitatorAccount;
    Account otherFacilitator;
    CurrentUser facilitator;
    OrgUnit council;
    Workshop workshop;
    Activity scoring;
    Activity poll;
    long t41;
    long t42;
    long t132;
    long round;

    @BeforeAll
    void session() {
        org = fixtures.organisation("Poängby");
        Account admin = fixtures.account(org, Role.ORG_ADMIN);
        facilitatorAccount = fixtures.account(org, Role.FACILITATOR);
        otherFacilitator = fixtures.account(org, Role.FACILITATOR);
        facilitator = directory.toUser(facilitatorAccount);
        council = organisations.createUnit(directory.toUser(admin), "Kommunfullmäktige", UnitKind.ADMINISTRATION,
                null);
        t41 = catalogue.agenda2030().element("4.1").orElseThrow().id();
        t42 = catalogue.agenda2030().element("4.2").orElseThrow().id();
        t132 = catalogue.agenda2030().element("13.2").orElseThrow().id();
        String location = signedIn(admin).post("/relevance/new", Map.of("year", "2026", "title", "Kartläggning",
                "units", List.of(council.id()), "contact-" + council.id(), String.valueOf(facilitatorAccount.id()),
                "deadline", "2026-12-31")).expect(303).location();
        round = Long.parseLong(location.replaceAll("^/relevance/rounds/(\\d+).*", "$1"));

        workshop = workshops.create(facilitator, "Fullmäktiges seminarium", "", true);
        scoring = workshops.addActivity(facilitator, workshop.id(), ActivityKind.RELEVANCE, "Hur relevant?", "",
                new ActivityConfig(null, false, 0, 3, 0, 0, null, 0, null, List.of(t41, t42, t132), false));
        poll = workshops.addActivity(facilitator, workshop.id(), ActivityKind.POLL, "Fika?", "",
                WorkshopActivitiesTest.options(List.of("Ja", "Nej"), false));
        workshops.control(facilitator, workshop.id(), EventType.STARTED, scoring.id(), Map.of());
        Participant anna = participants.join(workshop, "Anna").participant();
        Participant bo = participants.join(workshop, "Bo").participant();
        participants.submit(anna, "a1", EventType.RELEVANCE, scoring.id(), Map.of("levels", Map.of("0", 3, "1", 1)));
        participants.submit(bo, "b1", EventType.RELEVANCE, scoring.id(), Map.of("levels", Map.of("0", 1, "1", 1)));
    }

    WebClient signedIn(Account account) {
        return WebClient.signedIn(server.getURI(), account);
    }

    HttpResponse<String> submit(String cookie, String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + "/w/"
                        + workshop.code() + "/submit")).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void participantsScoreOnTheScaleAndTheSpreadShowsDisagreement() throws Exception {
        String cookie = LiveTransportTest.cookie(participants.join(workshop, "Cecilia"));
        HttpResponse<String> stored = submit(cookie, "{\"clientId\":\"r-1\",\"form\":{\"type\":[\"RELEVANCE\"],"
                + "\"activity\":[\"" + scoring.id() + "\"],\"level-0\":[\"2\"],\"level-2\":[\"\"]}}");
        assertEquals(200, stored.statusCode(), stored.body());
        HttpResponse<String> offScale = submit(cookie, "{\"clientId\":\"r-2\",\"form\":{\"type\":[\"RELEVANCE\"],"
                + "\"activity\":[\"" + scoring.id() + "\"],\"level-0\":[\"7\"]}}");
        assertEquals(422, offScale.statusCode(), offScale.body());
        assertTrue(offScale.body().contains("\"error\":\"workshop.relevance.error.level\""), offScale.body());
        HttpResponse<String> noTarget = submit(cookie, "{\"clientId\":\"r-3\",\"form\":{\"type\":[\"RELEVANCE\"],"
                + "\"activity\":[\"" + scoring.id() + "\"],\"level-9\":[\"1\"]}}");
        assertEquals(422, noTarget.statusCode(), noTarget.body());
        HttpResponse<String> wrongKind = submit(cookie, "{\"clientId\":\"r-4\",\"form\":{\"type\":[\"RELEVANCE\"],"
                + "\"activity\":[\"" + poll.id() + "\"],\"level-0\":[\"1\"]}}");
        assertEquals(422, wrongKind.statusCode(), wrongKind.body());

        // the participant's own form keeps their levels: Cecilia's medium for 4.1, nothing for the others
        HttpResponse<String> own = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI()
                + "/w/" + workshop.code())).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, own.statusCode());
        Document form = Jsoup.parse(own.body());
        assertEquals(List.of("2"), form.select("#activity-" + scoring.id() + " input[name=level-0][checked]")
                .eachAttr("value"));
        assertEquals(12, form.select("#activity-" + scoring.id() + " input[type=radio]").size());
        assertEquals(List.of("Inte relevant", "Låg", "Medel", "Hög"), form.select("#activity-" + scoring.id()
                + " fieldset").first().select("label").eachText());

        Document run = signedIn(facilitatorAccount).page("/workshops/" + workshop.id());
        var rows = run.select("#activity-" + scoring.id() + " table.relevance-scoring tbody tr");
        assertEquals(3, rows.size());
        // 4.1: Anna high, Bo low, Cecilia medium: one per level from low up, mean 2, spread 2 = disagreement
        assertEquals(List.of("0", "1", "1", "1", "2", "2 Oenighet", "Inte bestämd"), rows.get(0).select("td")
                .eachText());
        assertEquals(List.of("0", "2", "0", "0", "1", "0", "Inte bestämd"), rows.get(1).select("td").eachText());
        assertEquals(List.of("0", "0", "0", "0", "–", "–", "Inte bestämd"), rows.get(2).select("td").eachText());
    }

    @Test
    void theAgreedLevelsLandInTheRoundAsTheUnitsRelevance() {
        WebClient client = signedIn(facilitatorAccount);
        String send = "/workshops/" + workshop.id() + "/activities/" + scoring.id() + "/relevance";
        // nothing agreed yet: the send is refused with the reason, the choice kept
        WebClient.Response early = client.post(send, "destination", round + ":" + council.id());
        assertEquals(422, early.status());
        assertEquals("Inga nivåer är överenskomna än.", early.document().selectFirst(".error-summary a").text());
        assertEquals(round + ":" + council.id(), early.document().selectFirst("#destination option[selected]").val());

        // an agreed level off the scale is refused on the page
        String refused = client.post("/workshops/" + workshop.id() + "/control", "action", "AGREED", "activity",
                String.valueOf(scoring.id()), "agreed-0", "9").expect(303).location();
        assertEquals("Välj en nivå på skalan för minst ett av aktivitetens delmål.",
                client.page(refused).selectFirst(".problem").text());
        client.post("/workshops/" + workshop.id() + "/control", "action", "AGREED", "activity",
                String.valueOf(scoring.id()), "agreed-0", "3", "agreed-1", "0", "agreed-2", "").expect(303);
        Document page = client.page(send);
        List<String> agreed = page.select("section[aria-labelledby=agreed-heading] li").eachText();
        assertEquals(2, agreed.size(), agreed.toString());
        assertTrue(agreed.get(0).startsWith("4.1 ") && agreed.get(0).endsWith(": Hög"), agreed.toString());
        assertTrue(agreed.get(1).startsWith("4.2 ") && agreed.get(1).endsWith(": Inte relevant"), agreed.toString());

        WebClient.Response unknown = client.post(send, "destination", "999999:1");
        assertEquals(422, unknown.status());
        assertEquals("Omgången eller enheten finns inte, eller så svarar du inte för den.",
                unknown.document().selectFirst(".error-summary a").text());

        client.post(send, "destination", round + ":" + council.id()).expect(303);
        String sent = client.get(send + "?sent=2").document().select(".notice").text();
        assertTrue(sent.contains("enhetens relevans för 2 delmål"), sent);
        Document goal = client.page("/relevance/rounds/" + round + "/units/" + council.id() + "/goals/"
                + catalogue.agenda2030().element("4").orElseThrow().id());
        assertEquals("HIGH", goal.selectFirst("input[name=e" + t41 + "-relevance][checked]").val());
        assertEquals("NOT_RELEVANT", goal.selectFirst("input[name=e" + t42 + "-relevance][checked]").val());
        assertTrue(goal.getElementById("e" + t41 + "-live").text().startsWith("Överenskommet live (Hög"),
                goal.getElementById("e" + t41 + "-live").text());

        // a facilitator who answers for no unit has nowhere to send, and may not send to this one
        WebClient other = signedIn(otherFacilitator);
        assertEquals(403, other.get(send).status());
    }

    @Test
    void anotherKindsActivityHasNoSendPage() {
        WebClient.Response response = signedIn(facilitatorAccount).get("/workshops/" + workshop.id() + "/activities/"
                + poll.id() + "/relevance");
        assertEquals(404, response.status());
    }
}
