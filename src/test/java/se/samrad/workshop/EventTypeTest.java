package se.samrad.workshop;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page script learns the event types it treats specially from the page, which takes them from here. */
class EventTypeTest {

    @Test
    void thePageTellsTheScriptWhichEventsReReadAnnounceOrChangeThePage() {
        EventType.ForScript types = EventType.forScript();
        Set<String> structural = Set.of(types.structural().split(" "));
        Set<String> changes = Set.of(types.changes().split(" "));
        assertTrue(structural.containsAll(List.of("ACTIVITY_ADDED", "STARTED", "ENDED", "GROUP_CHOSEN")), types.structural());
        assertTrue(!structural.contains("VOTE") && !structural.contains("JOINED"), types.structural());
        // the big screen changing its slide changes nothing on a participant's page
        assertTrue(structural.contains("PRESENTED") && !changes.contains("PRESENTED"), types.changes());
        assertEquals(structural.size() - 2, changes.size(), types.changes());
        assertTrue(!changes.contains("GROUP_CHOSEN") && changes.contains("TAGGED"), types.changes());
        assertEquals(Set.of("IDEA:msgIdea", "CHAT:msgChat", "QUESTION:msgQuestion", "WORD:msgWord"),
                Set.of(types.announced().split(" ")));
    }
}
