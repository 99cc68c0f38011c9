package se.samrad.dialogue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A published dialogue's questions are frozen: a change makes a new version, residents who already started
 * keep the version they started, and results keep the answers to questions a later version dropped. States
 * move only along the allowed transitions; roles and organisations are respected.
 */
@MicronautTest(transactional = false)
class DialogueVersioningTest extends IntegrationTest {

    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject Dialogues dialogues;
    @Inject Participation participation;
    @Inject Results results;
    @Inject GoalCatalogue catalogue;

    CurrentUser facilitator;
    CurrentUser analyst;
    CurrentUser stranger;

    @BeforeAll
    void people() {
        Organisation org = fixtures.organisation("Versionsby kommun");
        facilitator = directory.toUser(fixtures.account(org, Role.FACILITATOR));
        analyst = directory.toUser(fixtures.account(org, Role.ANALYST));
        stranger = directory.toUser(fixtures.account(fixtures.organisation("Främlingsby"), Role.ORG_ADMIN));
    }

    private Dialogue published() {
        Dialogue created = dialogues.create(facilitator, SampleDialogue.texts(), SampleDialogue.settings());
        dialogues.changeQuestions(facilitator, created.id(), q -> SampleDialogue.questionnaire(catalogue));
        return dialogues.changeState(facilitator, created.id(), DialogueState.OPEN);
    }

    @Test
    void editsOfADraftStayInOneVersionEditsAfterPublishingMakeANewOne() {
        Dialogue draft = dialogues.create(facilitator, SampleDialogue.texts(), SampleDialogue.settings());
        dialogues.changeQuestions(facilitator, draft.id(), q -> SampleDialogue.questionnaire(catalogue));
        Dialogue edited = dialogues.changeQuestions(facilitator, draft.id(), q -> q.withoutSection("s-transit"));
        assertEquals(1, edited.versionNumber());
        assertFalse(edited.versionFrozen());

        Dialogue open = dialogues.changeState(facilitator, draft.id(), DialogueState.OPEN);
        assertTrue(open.versionFrozen());
        Participation.Progress started = participation.start(open, "a".repeat(43), "sv", null);
        participation.submitComplete(open, "before-change-1", "sv", new Answers(Map.of("thrive", List.of("good"),
                "issues", List.of("jobs"), "years", List.of("3")), Map.of()));

        Dialogue changed = dialogues.changeQuestions(facilitator, draft.id(),
                q -> q.mapSection("s-goals", s -> s.withQuestions(s.questions().stream()
                        .filter(x -> !x.key().equals("years")).toList())));
        assertEquals(2, changed.versionNumber());
        assertTrue(changed.versionFrozen(), "an open dialogue's new version is published at once");
        assertTrue(changed.questionnaire().question("years").isEmpty());
        assertTrue(dialogues.version(open.versionId()).question("years").isPresent(), "the old version is unchanged");

        // The resident who started before the change goes on with the version they started.
        Participation.Progress resumed = participation.resume(changed, "a".repeat(43)).orElseThrow();
        assertEquals(open.versionId(), resumed.response().versionId());
        assertTrue(resumed.questionnaire().question("years").isPresent());

        Results.QuestionResult years = results.summarise(changed, ResultFilter.ALL, "sv").questions().stream()
                .filter(q -> q.key().equals("years")).findFirst().orElseThrow();
        assertTrue(years.earlierVersion());
        assertEquals(1, years.respondents());
        assertEquals(3.0, years.average(), 0.0001);
        assertEquals(started.response().id(), resumed.response().id());
    }

    @Test
    void statesMoveOnlyAlongTheAllowedTransitions() {
        Dialogue empty = dialogues.create(facilitator, SampleDialogue.texts(), SampleDialogue.settings());
        assertEquals("dialogue.error.no-questions", assertThrows(InvalidRequestException.class,
                () -> dialogues.changeState(facilitator, empty.id(), DialogueState.OPEN)).messageKey());
        assertEquals("dialogue.error.state", assertThrows(InvalidRequestException.class,
                () -> dialogues.changeState(facilitator, empty.id(), DialogueState.ARCHIVED)).messageKey());
        Dialogue open = published();
        assertEquals(DialogueState.CLOSED, dialogues.changeState(facilitator, open.id(), DialogueState.CLOSED).state());
        assertEquals(DialogueState.OPEN, dialogues.changeState(facilitator, open.id(), DialogueState.OPEN).state());
        dialogues.changeState(facilitator, open.id(), DialogueState.CLOSED);
        assertEquals(DialogueState.ARCHIVED, dialogues.changeState(facilitator, open.id(), DialogueState.ARCHIVED).state());
        assertEquals(Dialogue.Availability.CLOSED, dialogues.get(analyst, open.id()).availability(java.time.Instant.now()));
    }

    @Test
    void settingsAreCheckedAndOnlyEditorsOfTheOrganisationChangeAnything() {
        assertEquals("dialogue.error.languages", assertThrows(InvalidRequestException.class,
                () -> dialogues.create(facilitator, SampleDialogue.texts(),
                        new Dialogues.Settings(List.of("xx"), null, null, true, false))).messageKey());
        java.time.Instant now = java.time.Instant.now();
        assertEquals("dialogue.error.closes-before-opens", assertThrows(InvalidRequestException.class,
                () -> dialogues.create(facilitator, SampleDialogue.texts(),
                        new Dialogues.Settings(List.of("sv"), now, now.minusSeconds(60), true, false))).messageKey());
        Dialogue open = published();
        var forbidden = assertThrows(io.micronaut.http.exceptions.HttpStatusException.class,
                () -> dialogues.changeState(analyst, open.id(), DialogueState.CLOSED));
        assertEquals(403, forbidden.getStatus().getCode());
        assertEquals(open.id(), dialogues.get(analyst, open.id()).id(), "analysts read");
        assertThrows(NotFoundException.class, () -> dialogues.get(stranger, open.id()));
        assertThrows(NotFoundException.class, () -> dialogues.changeState(stranger, open.id(), DialogueState.CLOSED));
        assertFalse(dialogues.list(stranger).stream().anyMatch(d -> d.id() == open.id()));
        List<Long> ids = new ArrayList<>(dialogues.list(analyst).stream().map(Dialogue::id).toList());
        assertTrue(ids.contains(open.id()));
    }
}
