package se.samrad.workshop;

import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each activity type, run through the service as a facilitator and participants would. */
@MicronautTest(transactional = false)
class WorkshopActivitiesTest extends IntegrationTest {

    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;
    @Inject EventLog log;
    @Inject GoalCatalogue catalogue;

    Organisation org;
    CurrentUser facilitator;
    CurrentUser otherFacilitator;
    CurrentUser analyst;
    CurrentUser stranger;

    @BeforeAll
    void people() {
        org = fixtures.organisation("Verkstadsby");
        facilitator = directory.toUser(fixtures.account(org, Role.FACILITATOR));
        otherFacilitator = directory.toUser(fixtures.account(org, Role.FACILITATOR));
        analyst = directory.toUser(fixtures.account(org, Role.ANALYST));
        stranger = directory.toUser(fixtures.account(fixtures.organisation("Annanby"), Role.ORG_ADMIN));
    }

    static ActivityConfig options(List<String> options, boolean multiple) {
        return new ActivityConfig(options, multiple, 1, 5, 0, 0, List.of(), 0, null, List.of(), false);
    }

    private Workshop workshop() {
        return workshops.create(facilitator, "Hållbarhetsrådet", "", true);
    }

    private Activity started(Workshop w, ActivityKind kind, ActivityConfig config) {
        Activity a = workshops.addActivity(facilitator, w.id(), kind, kind.name(), "Fråga", config);
        workshops.control(facilitator, w.id(), EventType.STARTED, a.id(), Map.of());
        return a;
    }

    private Participant join(Workshop w, String name) {
        return participants.join(w, name).participant();
    }

    private ActivityView view(Workshop w, Activity a, String viewer, boolean facilitator) {
        return log.snapshot(w.id(), viewer, facilitator).activity(a.id());
    }

    private static void assertKey(String key, Executable action) {
        assertEquals(key, assertThrows(InvalidRequestException.class, action).messageKey());
    }

    @Test
    void pollCountsEachParticipantsLatestChoiceAndChecksTheChoice() {
        Workshop w = workshop();
        Activity poll = started(w, ActivityKind.POLL, options(List.of("Ja", "Nej", "Vet ej"), false));
        Participant anna = join(w, "Anna");
        Participant bo = join(w, "Bo");
        participants.submit(anna, "c1", EventType.VOTE, poll.id(), Map.of("options", List.of(0)));
        participants.submit(bo, "c1", EventType.VOTE, poll.id(), Map.of("options", List.of(0)));
        participants.submit(bo, "c2", EventType.VOTE, poll.id(), Map.of("options", List.of(2)));
        assertKey("workshop.error.choice", () -> participants.submit(anna, "c3", EventType.VOTE, poll.id(),
                Map.of("options", List.of(0, 1))));
        assertKey("workshop.error.choice", () -> participants.submit(anna, "c4", EventType.VOTE, poll.id(),
                Map.of("options", List.of(7))));
        ActivityView results = view(w, poll, "a" + facilitator.accountId(), true);
        assertEquals(2, results.respondents());
        assertEquals(List.of(1, 0, 1), results.counts().stream().map(ActivityView.Count::count).toList());
        assertEquals(50, results.counts().get(0).percent());
        assertEquals(List.of(2), view(w, poll, bo.author(), false).myChoices());
        // results stay hidden from participants until revealed
        assertFalse(view(w, poll, anna.author(), false).showResults());
        workshops.control(facilitator, w.id(), EventType.RESULTS_SHOWN, poll.id(), Map.of());
        assertTrue(view(w, poll, anna.author(), false).showResults());
    }

    @Test
    void multipleChoicePollAndRatingScale() {
        Workshop w = workshop();
        Activity poll = started(w, ActivityKind.POLL, options(List.of("A", "B", "C"), true));
        Activity rating = started(w, ActivityKind.RATING,
                new ActivityConfig(List.of(), false, 1, 5, 0, 0, List.of(), 0, null, List.of(), false));
        Participant p = join(w, "");
        Participant q = join(w, "Q");
        participants.submit(p, "v", EventType.VOTE, poll.id(), Map.of("options", List.of(0, 2)));
        participants.submit(p, "r", EventType.RATE, rating.id(), Map.of("value", 4));
        participants.submit(q, "r", EventType.RATE, rating.id(), Map.of("value", 1));
        assertKey("workshop.error.scale", () -> participants.submit(q, "r2", EventType.RATE, rating.id(),
                Map.of("value", 6)));
        ActivityView r = view(w, rating, "a1", true);
        assertEquals(2.5, r.mean());
        assertEquals(1, r.counts().get(0).count());
        assertEquals(1, r.counts().get(3).count());
        assertEquals(List.of(1, 0, 1), view(w, poll, "a1", true).counts().stream().map(ActivityView.Count::count).toList());
    }

    @Test
    void ideaBoardUpvotesMergesThemesAndHides() {
        Workshop w = workshop();
        Activity ideas = started(w, ActivityKind.IDEAS, ActivityConfig.empty());
        Participant anna = join(w, "Anna");
        Participant bo = join(w, "Bo");
        long cykel = participants.submit(anna, "i1", EventType.IDEA, ideas.id(), Map.of("text", "Fler cykelbanor")).event().seq();
        long cykel2 = participants.submit(bo, "i2", EventType.IDEA, ideas.id(), Map.of("text", "Cykelvägar till skolan")).event().seq();
        long spam = participants.submit(bo, "i3", EventType.IDEA, ideas.id(), Map.of("text", "Köp billiga klockor")).event().seq();
        assertKey("workshop.error.text-required", () -> participants.submit(bo, "i4", EventType.IDEA, ideas.id(),
                Map.of("text", "   ")));
        participants.submit(bo, "u1", EventType.UPVOTE, ideas.id(), Map.of("item", cykel));
        workshops.control(facilitator, w.id(), EventType.HIDDEN, ideas.id(), Map.of("item", spam));
        workshops.control(facilitator, w.id(), EventType.MERGED, ideas.id(), Map.of("item", cykel2, "into", cykel));
        workshops.control(facilitator, w.id(), EventType.THEMED, ideas.id(), Map.of("items", List.of(cykel), "theme", "Trafik"));
        ActivityView seen = view(w, ideas, anna.author(), false);
        // hidden and merged items are gone for participants; the merged item's author counts as a vote, once
        assertEquals(List.of(cykel), seen.items().stream().filter(i -> i.mergedInto() == 0).map(ActivityView.ItemView::seq).toList());
        assertEquals(1, seen.items().get(0).votes());
        participants.submit(anna, "u0", EventType.UPVOTE, ideas.id(), Map.of("item", cykel));
        assertEquals(2, view(w, ideas, anna.author(), false).items().get(0).votes());
        assertEquals(List.of("Trafik"), List.copyOf(seen.themes().keySet()));
        assertNotNull(assertThrows(NotFoundException.class, () -> participants.submit(anna, "u2", EventType.UPVOTE,
                ideas.id(), Map.of("item", spam))));
        // an up-vote a second time takes it back
        participants.submit(bo, "u3", EventType.UPVOTE, ideas.id(), Map.of("item", cykel));
        assertEquals(1, view(w, ideas, anna.author(), false).items().get(0).votes());
        assertEquals(3, view(w, ideas, "a1", true).items().size());
    }

    @Test
    void wordCloudCountsWordsCaseInsensitively() {
        Workshop w = workshop();
        Activity cloud = started(w, ActivityKind.WORD_CLOUD, ActivityConfig.empty());
        Participant p = join(w, "P");
        Participant q = join(w, "Q");
        participants.submit(p, "1", EventType.WORD, cloud.id(), Map.of("text", "Samverkan"));
        participants.submit(q, "1", EventType.WORD, cloud.id(), Map.of("text", "samverkan "));
        participants.submit(q, "2", EventType.WORD, cloud.id(), Map.of("text", "klimat"));
        List<ActivityView.Count> words = view(w, cloud, "a1", true).words();
        assertEquals("samverkan", words.get(0).label());
        assertEquals(2, words.get(0).count());
        assertEquals(100, words.get(0).percent());
        assertEquals(50, words.get(1).percent());
        assertKey("form.error.too-long", () -> participants.submit(q, "3", EventType.WORD, cloud.id(),
                Map.of("text", "x".repeat(41))));
    }

    @Test
    void questionsAreShownAfterApprovalAndCanBeMarkedAnswered() {
        Workshop w = workshop();
        Activity qa = started(w, ActivityKind.QA,
                new ActivityConfig(List.of(), false, 1, 5, 0, 0, List.of(), 0, null, List.of(), true));
        Participant p = join(w, "P");
        Participant q = join(w, "Q");
        long asked = participants.submit(p, "q1", EventType.QUESTION, qa.id(), Map.of("text", "Finns det fler analysverktyg?")).event().seq();
        assertTrue(view(w, qa, q.author(), false).items().isEmpty());
        assertEquals(1, view(w, qa, p.author(), false).items().size(), "the asker sees their own question");
        assertThrows(NotFoundException.class, () -> participants.submit(q, "v1", EventType.UPVOTE, qa.id(), Map.of("item", asked)));
        workshops.control(facilitator, w.id(), EventType.APPROVED, qa.id(), Map.of("item", asked));
        participants.submit(q, "v2", EventType.UPVOTE, qa.id(), Map.of("item", asked));
        workshops.control(facilitator, w.id(), EventType.ANSWERED, qa.id(), Map.of("item", asked));
        ActivityView.ItemView item = view(w, qa, q.author(), false).items().get(0);
        assertEquals(1, item.votes());
        assertTrue(item.answered());
    }

    @Test
    void dotVotingKeepsToTheBudgetAndTheCap() {
        Workshop w = workshop();
        Activity dots = started(w, ActivityKind.DOTS,
                new ActivityConfig(List.of("Energi", "Transporter", "Skola"), false, 1, 5, 5, 3, List.of(), 0, null, List.of(), false));
        Participant p = join(w, "P");
        participants.submit(p, "d1", EventType.DOTS, dots.id(), Map.of("dots", Map.of("0", 3, "2", 2)));
        assertKey("workshop.error.dots-cap", () -> participants.submit(p, "d2", EventType.DOTS, dots.id(),
                Map.of("dots", Map.of("0", 4))));
        assertKey("workshop.error.dots-budget", () -> participants.submit(p, "d3", EventType.DOTS, dots.id(),
                Map.of("dots", Map.of("0", 3, "1", 3))));
        ActivityView v = view(w, dots, p.author(), true);
        assertEquals("Energi", v.counts().get(0).label());
        assertEquals(3, v.counts().get(0).count());
        assertEquals(5, v.myDotsUsed());
    }

    @Test
    void breakoutGroupsAnswerSubQuestionsOnTheirOwnBoards() {
        Workshop w = workshop();
        Activity breakout = started(w, ActivityKind.BREAKOUT, new ActivityConfig(List.of(), false, 1, 5, 0, 0,
                List.of("Vad har vi för erfarenheter?", "Vilka möjligheter ser vi?"), 2, Groups.RANDOM, List.of(), false));
        Participant a = join(w, "A");
        Participant b = join(w, "B");
        Participant c = join(w, "C");
        assertKey("workshop.error.no-group", () -> participants.submit(a, "x", EventType.IDEA, breakout.id(),
                Map.of("text", "Integrering i styrsystemen", "question", 0)));
        workshops.splitGroups(facilitator, w.id(), breakout.id(), Groups.RANDOM, 2, Map.of(), participants.list(w.id()));
        participants.submit(a, "x2", EventType.IDEA, breakout.id(), Map.of("text", "Integrering i styrsystemen", "question", 0));
        participants.submit(b, "x3", EventType.IDEA, breakout.id(), Map.of("text", "Få in det i verksamhetsplaner", "question", 1));
        assertKey("workshop.error.question", () -> participants.submit(c, "x4", EventType.IDEA, breakout.id(),
                Map.of("text", "?", "question", 2)));
        ActivityView plenary = view(w, breakout, "a1", true);
        assertEquals(2, plenary.groups().size());
        assertEquals(3, plenary.groups().stream().mapToInt(ActivityView.Group::members).sum());
        int groupOfA = view(w, breakout, a.author(), false).myGroup();
        assertTrue(groupOfA == 1 || groupOfA == 2);
        assertEquals("Integrering i styrsystemen", plenary.groups().get(groupOfA - 1).answers().get(0).get(0).text());
        // self-chosen groups: participants pick, within the count
        workshops.splitGroups(facilitator, w.id(), breakout.id(), Groups.SELF, 3, Map.of(), participants.list(w.id()));
        participants.submit(c, "g", EventType.GROUP_CHOSEN, breakout.id(), Map.of("group", 3));
        assertKey("workshop.error.groups", () -> participants.submit(c, "g2", EventType.GROUP_CHOSEN, breakout.id(),
                Map.of("group", 4)));
        assertEquals(3, view(w, breakout, c.author(), false).myGroup());
        // by list
        workshops.splitGroups(facilitator, w.id(), breakout.id(), Groups.LIST, 2, Map.of(a.id(), 2, b.id(), 2),
                participants.list(w.id()));
        assertEquals(2, view(w, breakout, a.author(), false).myGroup());
        assertEquals(0, view(w, breakout, c.author(), false).myGroup());
    }

    @Test
    void sdgMatrixGivesMeansSpreadDisagreementAndSumsKeptApart() {
        Workshop w = workshop();
        List<Long> targets = List.of("7.2", "11.2", "13.2", "3.9").stream()
                .map(code -> catalogue.agenda2030().element(code).orElseThrow().id()).toList();
        Activity sdg = started(w, ActivityKind.SDG_MATRIX,
                new ActivityConfig(List.of(), false, 1, 5, 0, 0, List.of(), 0, null, targets, false));
        Participant p = join(w, "P");
        Participant q = join(w, "Q");
        participants.submit(p, "s1", EventType.SCORE, sdg.id(), Map.of("row", 0, "col", 2, "value", 3, "comment", "Förnybar energi minskar utsläpp"));
        participants.submit(q, "s1", EventType.SCORE, sdg.id(), Map.of("row", 0, "col", 2, "value", 2));
        participants.submit(p, "s2", EventType.SCORE, sdg.id(), Map.of("row", 1, "col", 3, "value", 2));
        participants.submit(q, "s2", EventType.SCORE, sdg.id(), Map.of("row", 1, "col", 3, "value", -1));
        participants.submit(p, "s3", EventType.SCORE, sdg.id(), Map.of("row", 1, "col", 0, "value", -2));
        assertKey("workshop.error.score", () -> participants.submit(p, "s4", EventType.SCORE, sdg.id(),
                Map.of("row", 1, "col", 1, "value", 1)));
        assertKey("workshop.error.score", () -> participants.submit(p, "s5", EventType.SCORE, sdg.id(),
                Map.of("row", 0, "col", 1, "value", 4)));
        SdgMatrix m = view(w, sdg, "a1", true).matrix();
        assertEquals(2.5, m.cell(0, 2).mean());
        assertEquals(0.5, m.cell(0, 2).spread());
        assertFalse(m.cell(0, 2).disagreement());
        assertEquals(0.5, m.cell(1, 3).mean());
        assertTrue(m.cell(1, 3).disagreement());
        assertEquals(List.of("Förnybar energi minskar utsläpp"), m.cell(0, 2).comments());
        // row 1 pushes 3.9 (+0.5) and holds back 7.2 (-2): kept apart, not netted
        assertEquals(0.5, m.rows().get(1).positive());
        assertEquals(-2.0, m.rows().get(1).negative());
        assertEquals(2.5, m.columns().get(2).positive());
        assertEquals(List.of(0, 1), m.mostInfluential().subList(0, 2));
        assertKey("workshop.error.targets", () -> workshops.addActivity(facilitator, w.id(), ActivityKind.SDG_MATRIX,
                "x", "", new ActivityConfig(List.of(), false, 1, 5, 0, 0, List.of(), 0, null, List.of(targets.get(0)), false)));
    }

    @Test
    void chatAndLockingAndClosedActivities() {
        Workshop w = workshop();
        Activity chat = started(w, ActivityKind.CHAT, ActivityConfig.empty());
        Activity later = workshops.addActivity(facilitator, w.id(), ActivityKind.IDEAS, "Sen", "", ActivityConfig.empty());
        Participant p = join(w, "Kerstin");
        participants.submit(p, "m1", EventType.CHAT, chat.id(), Map.of("text", "Vi bjuder in fler deltagare"));
        assertKey("workshop.error.not-open", () -> participants.submit(p, "m2", EventType.IDEA, later.id(), Map.of("text", "x")));
        workshops.control(facilitator, w.id(), EventType.LOCKED, chat.id(), Map.of());
        assertKey("workshop.error.locked", () -> participants.submit(p, "m3", EventType.CHAT, chat.id(), Map.of("text", "x")));
        workshops.control(facilitator, w.id(), EventType.UNLOCKED, chat.id(), Map.of());
        workshops.control(facilitator, w.id(), EventType.PARTICIPANT_REMOVED, null, Map.of("participant", p.id()));
        assertKey("workshop.error.removed", () -> participants.submit(p, "m4", EventType.CHAT, chat.id(), Map.of("text", "x")));
        Participant q = join(w, "Henrik");
        workshops.control(facilitator, w.id(), EventType.ENDED, null, Map.of());
        assertKey("workshop.error.ended", () -> participants.submit(q, "m5", EventType.CHAT, chat.id(), Map.of("text", "x")));
        assertEquals("Vi bjuder in fler deltagare", view(w, chat, "a1", true).items().get(0).text());
    }

    @Test
    void onlyTheWorkshopsFacilitatorsRunItAndOtherOrganisationsDoNotSeeIt() {
        Workshop w = workshop();
        assertThrows(HttpStatusException.class, () -> workshops.runnable(otherFacilitator, w.id()));
        assertThrows(HttpStatusException.class, () -> workshops.runnable(analyst, w.id()));
        assertThrows(NotFoundException.class, () -> workshops.runnable(stranger, w.id()));
        assertThrows(HttpStatusException.class, () -> workshops.create(analyst, "x", "", true));
        workshops.addFacilitator(facilitator, w.id(), otherFacilitator.accountId());
        assertEquals(w.id(), workshops.runnable(otherFacilitator, w.id()).id());
        assertKey("workshop.error.facilitator", () -> workshops.addFacilitator(facilitator, w.id(), analyst.accountId()));
        Workshop named = workshops.create(facilitator, "Med namn", "", false);
        assertKey("workshop.error.name-required", () -> participants.join(named, " "));
    }
}
