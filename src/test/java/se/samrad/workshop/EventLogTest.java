package se.samrad.workshop;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event log: gapless order under concurrency, replay from a sequence number, idempotent retries. */
@MicronautTest(transactional = false)
class EventLogTest extends IntegrationTest {

    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;
    @Inject EventLog log;
    @Inject EventRowRepository rows;
    @Inject EventStore store;

    CurrentUser facilitator;

    @BeforeAll
    void people() {
        facilitator = directory.toUser(fixtures.account(fixtures.organisation("Loggby"), Role.FACILITATOR));
    }

    private Workshop chatWorkshop() {
        Workshop w = workshops.create(facilitator, "Logg", "", true);
        Activity chat = workshops.addActivity(facilitator, w.id(), ActivityKind.CHAT, "Chatt", "", ActivityConfig.empty());
        workshops.control(facilitator, w.id(), EventType.STARTED, chat.id(), Map.of());
        return w;
    }

    private long chatId(Workshop w) {
        return workshops.activities(w.id()).get(0).id();
    }

    @Test
    void concurrentSubmissionsGetGaplessIncreasingSequenceNumbers() throws Exception {
        Workshop w = chatWorkshop();
        long chat = chatId(w);
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(participants.join(w, "P" + i).participant());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (Participant p : people) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    participants.submit(p, "m" + i, EventType.CHAT, chat, Map.of("text", "Hej " + i));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        List<WorkshopEvent> all = log.all(w.id());
        assertEquals(LongStream.rangeClosed(1, all.size()).boxed().toList(), all.stream().map(WorkshopEvent::seq).toList());
        assertEquals(80, all.stream().filter(e -> e.type() == EventType.CHAT).count());
        assertEquals(all.size(), log.snapshot(w.id(), "a1", true).seq());
    }

    @Test
    void replayFromASequenceNumberGivesExactlyTheLaterEventsInOrder() {
        Workshop w = chatWorkshop();
        Participant p = participants.join(w, "Anna").participant();
        for (int i = 0; i < 5; i++) {
            participants.submit(p, "r" + i, EventType.CHAT, chatId(w), Map.of("text", "Rad " + i));
        }
        List<WorkshopEvent> all = log.all(w.id());
        long middle = all.get(3).seq();
        List<WorkshopEvent> later = log.after(w.id(), middle, 100);
        assertEquals(all.subList(4, all.size()).stream().map(WorkshopEvent::seq).toList(),
                later.stream().map(WorkshopEvent::seq).toList());
        assertEquals("Rad 4", later.get(later.size() - 1).text("text"));
        assertEquals("Anna", later.get(later.size() - 1).name());
        assertEquals(2, log.after(w.id(), middle, 2).size());
        assertTrue(log.after(w.id(), all.get(all.size() - 1).seq(), 100).isEmpty());
        // the sweep between nodes reads the last numbers of many workshops in one query; one with none is absent
        Workshop other = chatWorkshop();
        Participant q = participants.join(other, "Bo").participant();
        participants.submit(q, "o1", EventType.CHAT, chatId(other), Map.of("text", "Hej"));
        assertEquals(Map.of(w.id(), all.get(all.size() - 1).seq(), other.id(), log.all(other.id()).getLast().seq()),
                rows.maxSeqs(List.of(w.id(), other.id(), -1L)).stream().collect(java.util.stream.Collectors.toMap(
                        EventRowRepository.LastSeq::workshopId, EventRowRepository.LastSeq::seq)));
        // what was stored reads back as it was published, its time to the millisecond
        WorkshopEvent published = participants.submit(p, "r-at", EventType.CHAT, chatId(w), Map.of("text", "Nu")).event();
        WorkshopEvent stored = log.after(w.id(), published.seq() - 1, 1).get(0);
        assertEquals(published.at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                stored.at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertEquals(List.of(published.seq(), published.type(), published.activityId(), published.author(),
                published.clientId(), "Nu"), List.of(stored.seq(), stored.type(), stored.activityId(), stored.author(),
                stored.clientId(), stored.text("text")));
    }

    @Test
    void aRetriedSubmissionIsStoredOnceAndAnsweredWithTheFirstSequenceNumber() {
        Workshop w = chatWorkshop();
        Participant p = participants.join(w, "Bo").participant();
        EventLog.Appended first = participants.submit(p, "same-id", EventType.CHAT, chatId(w), Map.of("text", "Hej"));
        EventLog.Appended retry = participants.submit(p, "same-id", EventType.CHAT, chatId(w), Map.of("text", "Hej"));
        assertFalse(first.duplicate());
        assertTrue(retry.duplicate());
        assertEquals(first.event().seq(), retry.event().seq());
        assertEquals(1, log.all(w.id()).stream().filter(e -> e.type() == EventType.CHAT).count());
        // the same client id from another participant is another submission
        Participant q = participants.join(w, "Cecilia").participant();
        assertFalse(participants.submit(q, "same-id", EventType.CHAT, chatId(w), Map.of("text", "Hej")).duplicate());
        assertTrue(rows.findByWorkshopIdAndAuthorAndClientId(w.id(), p.author(), "same-id").isPresent());
    }

    /**
     * Another node stored events this node has not heard of (no broker message): the sequence number this node
     * gives next is taken, and the one after it too, by a retry of this node's own input that the other node stored.
     * The input is stored after them, once, and the state shows the other node's events.
     */
    @Test
    void anInputWhoseNumberAnotherNodeTookIsStoredAfterItsEvents() {
        Workshop w = chatWorkshop();
        long chat = chatId(w);
        Participant p = participants.join(w, "Dag").participant();
        Participant q = participants.join(w, "Eva").participant();
        long last = participants.submit(p, "first", EventType.CHAT, chat, Map.of("text", "Först")).event().seq();
        java.time.Instant now = java.time.Instant.now();
        store.insert(List.of(
                store.row(new WorkshopEvent(w.id(), last + 1, EventType.CHAT, chat, q.author(), "Eva", "elsewhere",
                        Map.of("text", "Från den andra noden"), now)),
                store.row(new WorkshopEvent(w.id(), last + 2, EventType.CHAT, chat, p.author(), "Dag", "retried",
                        Map.of("text", "Skickad igen"), now))));

        EventLog.Appended retried = participants.submit(p, "retried", EventType.CHAT, chat, Map.of("text", "Skickad igen"));
        EventLog.Appended next = participants.submit(p, "next", EventType.CHAT, chat, Map.of("text", "Sedan"));

        assertTrue(retried.duplicate());
        assertEquals(last + 2, retried.event().seq());
        assertFalse(next.duplicate());
        assertEquals(last + 3, next.event().seq());
        List<WorkshopEvent> all = log.all(w.id());
        assertEquals(LongStream.rangeClosed(1, last + 3).boxed().toList(), all.stream().map(WorkshopEvent::seq).toList());
        assertEquals(last + 3, log.snapshot(w.id(), "a1", true).seq());
    }
}
