package se.samrad.relevance;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.organisation.OrgUnit;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.WebClient;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenancy and roles on every route of the relevance assessment: another organisation's admin gets 404 for every
 * route naming a round; a council member reads rounds and results but changes nothing and answers for no unit;
 * a unit's contact answers for that unit only; staff with no part get 403; a platform admin gets 403; anonymous
 * visitors are sent to sign in. Every refusal is checked by status and by the page's message.
 */
@MicronautTest(transactional = false)
class RelevanceAccessTest extends RelevanceIntegrationTest {

    static final String FORBIDDEN = "Din roll ger inte tillgång till den här sidan.";
    static final String NOT_FOUND = "Sidan finns inte, eller så har du inte behörighet att se den.";


    Account analyst;
    Account council;
    Account contact;
    Account bystander;
    Account strangerAdmin;
    Account platformAdmin;
    long round;
    long school;
    long planning;
    long goal;
    long target;

    @BeforeAll
    void data() {
        Organisation home = fixtures.organisation("Hemby");
        Organisation away = fixtures.organisation("Bortaby");
        Account admin = fixtures.account(home, Role.ORG_ADMIN);
        analyst = fixtures.account(home, Role.ANALYST);
        council = fixtures.account(home, Role.COUNCIL_MEMBER);
        contact = fixtures.account(home, Role.FACILITATOR);
        bystander = fixtures.account(home, Role.FACILITATOR);
        strangerAdmin = fixtures.account(away, Role.ORG_ADMIN, Role.ANALYST);
        platformAdmin = fixtures.account((Long) null, Role.PLATFORM_ADMIN);
        var actor = accounts.toUser(admin);
        OrgUnit s = organisations.createUnit(actor, "Skola", UnitKind.ADMINISTRATION, null);
        OrgUnit p = organisations.createUnit(actor, "Plan", UnitKind.ADMINISTRATION, null);
        school = s.id();
        planning = p.id();
        var g = catalogue.element("agenda2030", "6", null);
        goal = g.id();
        target = g.children().get(0).id();
        String location = signedIn(analyst).post("/relevance/new", Map.of("year", "2026", "title", "Hemlig omgång",
                "units", List.of(school, planning), "contact-" + school, contact.id(), "deadline", "2026-05-01"))
                .expect(303).location();
        round = roundAt(location);
    }

    String unitPath(long unit) {
        return "/relevance/rounds/" + round + "/units/" + unit;
    }

    List<String> roundPages() {
        return List.of("/relevance/rounds/" + round, "/relevance/rounds/" + round + "/result",
                "/relevance/rounds/" + round + "/report.xlsx", "/relevance/rounds/" + round + "/report.pdf",
                "/relevance/rounds/" + round + "/decisions/" + target);
    }

    List<String> unitPages(long unit) {
        return List.of(unitPath(unit), unitPath(unit) + "/goals/" + goal);
    }

    /** The changes a unit's contact may make for the unit, with valid forms. */
    Map<String, Map<String, Object>> unitChanges(long unit) {
        return Map.of(unitPath(unit) + "/goals/" + goal, Map.of("e" + target + "-relevance", "HIGH", "action", "save"),
                unitPath(unit) + "/submit", Map.of());
    }

    /** The changes only managers (admin, analyst) may make. */
    Map<String, Map<String, Object>> managerChanges() {
        return Map.of("/relevance/new", Map.of("year", "2030", "title", "X", "units", school, "deadline", "2030-01-01"),
                "/relevance/rounds/" + round + "/next", Map.of(),
                "/relevance/rounds/" + round + "/publish", Map.of("published", "true"),
                "/relevance/rounds/" + round + "/swot", Map.of("dimension", "SOCIAL", "kind", "THREAT", "text", "x"),
                "/relevance/rounds/" + round + "/swot/1/delete", Map.of(),
                "/relevance/rounds/" + round + "/swot/1/evidence", Map.of("evidence", "x"),
                "/relevance/rounds/" + round + "/decisions/" + target, Map.of("prioritised", "on",
                        "justification", "Skäl"));
    }

    private static void refused(WebClient.Response response, int status, String path) {
        assertEquals(status, response.status(), path);
        assertTrue(response.body().contains(status == 403 ? FORBIDDEN : NOT_FOUND), path + ": " + response.body());
    }

    @Test
    void anotherOrganisationsAdminFindsNothing() {
        WebClient stranger = signedIn(strangerAdmin);
        roundPages().forEach(path -> refused(stranger.get(path), 404, path));
        unitPages(school).forEach(path -> refused(stranger.get(path), 404, path));
        unitChanges(school).forEach((path, form) -> refused(stranger.post(path, form), 404, path));
        refused(stranger.post("/relevance/rounds/" + round + "/next", Map.of()), 404, "next");
        refused(stranger.post("/relevance/rounds/" + round + "/publish", Map.of("published", "true")), 404, "publish");
        refused(stranger.post("/relevance/rounds/" + round + "/swot", Map.of("dimension", "SOCIAL", "kind", "THREAT",
                "text", "x")), 404, "swot");
        refused(stranger.get("/relevance/rounds/" + round + "/swot/1/evidence"), 404, "swot evidence");
        refused(stranger.post("/relevance/rounds/" + round + "/decisions/" + target, Map.of("prioritised", "on",
                "justification", "x")), 404, "decision");
        refused(stranger.getJson("/api/v1/relevance/rounds/" + round), 404, "api");
        assertTrue(stranger.page("/relevance").select("a[href^=/relevance/rounds/]").isEmpty());
        assertEquals("[]", stranger.okJson("/api/v1/relevance/rounds").body());
        // Nothing changed: the school still has nothing assessed, and the round is not public.
        refused(new WebClient(server.getURI()).get("/relevance/public/" + round), 404, "public");
        assertTrue(signedIn(analyst).page("/relevance/rounds/" + round).text().contains("0 av 169"));
    }

    @Test
    void aCouncilMemberReadsButAnswersAndDecidesNothing() {
        WebClient reader = signedIn(council);
        reader.ok("/relevance/rounds/" + round);
        reader.ok("/relevance/rounds/" + round + "/result");
        refused(reader.get("/relevance/rounds/" + round + "/decisions/" + target), 403, "decision page");
        refused(reader.get("/relevance/rounds/" + round + "/swot/1/evidence"), 403, "swot evidence page");
        reader.okJson("/api/v1/relevance/rounds/" + round);
        unitPages(school).forEach(path -> refused(reader.get(path), 403, path));
        unitChanges(school).forEach((path, form) -> refused(reader.post(path, form), 403, path));
        managerChanges().forEach((path, form) -> refused(reader.post(path, form), 403, path));
        refused(reader.get("/relevance/new"), 403, "new");
    }

    @Test
    void aUnitsContactAnswersForThatUnitOnly() {
        WebClient unit = signedIn(contact);
        unitPages(school).forEach(unit::ok);
        unitPages(planning).forEach(path -> refused(unit.get(path), 403, path));
        unitChanges(planning).forEach((path, form) -> refused(unit.post(path, form), 403, path));
        managerChanges().forEach((path, form) -> refused(unit.post(path, form), 403, path));
        refused(unit.get("/relevance/rounds/" + round), 403, "round");
    }

    @Test
    void staffWithNoPartSeeNoRound() {
        WebClient other = signedIn(bystander);
        assertTrue(other.page("/relevance").select("a[href^=/relevance/rounds/]").isEmpty());
        roundPages().forEach(path -> refused(other.get(path), 403, path));
        unitPages(school).forEach(path -> refused(other.get(path), 403, path));
        unitChanges(school).forEach((path, form) -> refused(other.post(path, form), 403, path));
    }

    @Test
    void aPlatformAdminHasNoAssessment() {
        WebClient platform = signedIn(platformAdmin);
        refused(platform.get("/relevance"), 403, "/relevance");
        refused(platform.get("/relevance/rounds/" + round), 403, "round");
        assertEquals(403, platform.getJson("/api/v1/relevance/rounds").status());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        WebClient anonymous = new WebClient(server.getURI());
        int status = anonymous.get("/relevance/rounds/" + round).status();
        assertTrue(status == 303 || status == 401, "status " + status);
        assertEquals(401, anonymous.getJson("/api/v1/relevance/rounds").status());
    }
}
