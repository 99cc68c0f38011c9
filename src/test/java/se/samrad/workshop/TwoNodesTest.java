package se.samrad.workshop;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.NodeCluster;
import se.samrad.support.PrivateNatsServer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two server nodes on one database and a NATS server of the test's own (issue 21): participants split over both
 * nodes send inputs through both at once; every participant sees every event once, in one order, with sequence
 * numbers gap-free, and each input is stored once, whichever node took it; while the broker is down, and after
 * it comes back, nobody misses an event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    private NodeCluster cluster;
    private PrivateNatsServer nats;
    private EmbeddedServer a;
    private EmbeddedServer b;

    @BeforeAll
    void startNodes() throws IOException {
        cluster = NodeCluster.start();
        nats = cluster.nats();
        a = cluster.node();
        b = cluster.node();
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (cluster != null) {
            cluster.close();
        }
    }

    private Workshop workshopWithIdeas(String name) {
        ApplicationContext ctx = a.getApplicationContext();
        Fixtures fixtures = ctx.getBean(Fixtures.class);
        CurrentUser facilitator = ctx.getBean(StaffDirectory.class)
                .toUser(fixtures.account(fixtures.organisation(name), Role.FACILITATOR));
        WorkshopService workshops = ctx.getBean(WorkshopService.class);
        Workshop w = workshops.create(facilitator, name, "", true);
        Activity ideas = workshops.addActivity(facilitator, w.id(), ActivityKind.IDEAS, "Idéer", "",
                ActivityConfig.empty());
        workshops.control(facilitator, w.id(), EventType.STARTED, ideas.id(), Map.of());
        return w;
    }

    private long ideas(Workshop w) {
        return a.getApplicationContext().getBean(ActivityRepository.class).findByWorkshopIdOrderByPosition(w.id())
                .get(0).id();
    }

    private List<LiveClient> join(Workshop w, int perNode) {
        List<LiveClient> clients = new ArrayList<>();
        for (EmbeddedServer node : List.of(a, b)) {
            ParticipantService participants = node.getApplicationContext().getBean(ParticipantService.class);
            for (int i = 0; i < perNode; i++) {
                ParticipantService.Joined joined = participants.join(w, "P" + clients.size());
                clients.add(LiveClient.connect(node.getURI(), w.code(), LiveTransportTest.cookie(joined), 0));
            }
        }
        return clients;
    }

    /** Every client received exactly the stored log, in order; returns the last sequence number. */
    private long everyoneSawTheWholeLog(Workshop w, List<LiveClient> clients) {
        List<WorkshopEvent> stored = a.getApplicationContext().getBean(EventLog.class).all(w.id());
        long last = stored.get(stored.size() - 1).seq();
        List<Long> all = LongStream.rangeClosed(1, last).boxed().toList();
        assertEquals(all, stored.stream().map(WorkshopEvent::seq).toList(), "stored gap-free");
        for (LiveClient client : clients) {
            client.awaitEvents(events -> events.size() >= all.size());
            assertEquals(all, client.seqs(), "every event once, in order: " + client);
        }
        return last;
    }

    @Test
    void eventsStoredWhileTheBrokerIsDownReachEveryoneFromTheDatabase() throws Exception {
        Workshop w = workshopWithIdeas("Avbrottsby");
        long ideas = ideas(w);
        List<LiveClient> clients = join(w, 2);
        nats.kill();
        for (int c = 0; c < clients.size(); c++) {
            clients.get(c).submit("down-" + c, EventType.IDEA, ideas, Map.of("text", "Medan NATS är nere " + c));
            assertEquals(null, clients.get(c).answer("down-" + c).get("nack"));
        }
        // the other node's clients get these from MariaDB (the sweep), with no broker at all
        everyoneSawTheWholeLog(w, clients);
        nats.restart();
        for (int c = 0; c < clients.size(); c++) {
            clients.get(c).submit("up-" + c, EventType.IDEA, ideas, Map.of("text", "Efter " + c));
            assertEquals(null, clients.get(c).answer("up-" + c).get("nack"));
        }
        everyoneSawTheWholeLog(w, clients);
        assertEquals(2L * clients.size(), a.getApplicationContext().getBean(EventLog.class).all(w.id()).stream()
                .filter(e -> e.type() == EventType.IDEA).count());
        clients.forEach(LiveClient::close);
    }

    @Test
    void participantsOnBothNodesSeeEveryEventOnceInOneGapFreeOrder() {
        Workshop w = workshopWithIdeas("Tvånodsby");
        long ideas = ideas(w);
        int inputsEach = 10;
        List<LiveClient> clients = join(w, 10);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            for (int c = 0; c < clients.size(); c++) {
                LiveClient client = clients.get(c);
                int n = c;
                senders.execute(() -> {
                    for (int i = 0; i < inputsEach; i++) {
                        client.submit("idea-" + i, EventType.IDEA, ideas, Map.of("text", "Idé " + n + "." + i));
                    }
                });
            }
        } finally {
            senders.shutdown();
        }
        for (LiveClient client : clients) {
            for (int i = 0; i < inputsEach; i++) {
                assertEquals(null, client.answer("idea-" + i).get("nack"), client.toString());
            }
        }
        everyoneSawTheWholeLog(w, clients);
        List<WorkshopEvent> ideasStored = a.getApplicationContext().getBean(EventLog.class).all(w.id()).stream()
                .filter(e -> e.type() == EventType.IDEA).toList();
        assertEquals(clients.size() * inputsEach, ideasStored.size());
        assertEquals(ideasStored.size(), new HashSet<>(ideasStored.stream().map(e -> e.author() + " " + e.clientId())
                .toList()).size(), "each input stored once");
        clients.forEach(LiveClient::close);
    }

    /**
     * A burst of joins through both nodes at once (the benchmark's start): every join succeeds, each stored once,
     * and the log stays gap-free, however often the two nodes took the same sequence number first.
     */
    @Test
    void joinsThroughBothNodesAtOnceAllSucceed() throws Exception {
        Workshop w = workshopWithIdeas("Rusningsby");
        int perThread = 25;
        List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
        ExecutorService joiners = Executors.newFixedThreadPool(16);
        try {
            for (int t = 0; t < 16; t++) {
                ParticipantService participants = (t % 2 == 0 ? a : b).getApplicationContext()
                        .getBean(ParticipantService.class);
                int thread = t;
                done.add(joiners.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        participants.join(w, "R" + thread + "." + i);
                    }
                    return perThread;
                }));
            }
            int joined = 0;
            for (java.util.concurrent.Future<Integer> f : done) {
                joined += f.get();
            }
            assertEquals(16 * perThread, joined);
        } finally {
            joiners.shutdown();
        }
        List<WorkshopEvent> stored = a.getApplicationContext().getBean(EventLog.class).all(w.id());
        assertEquals(LongStream.rangeClosed(1, stored.size()).boxed().toList(),
                stored.stream().map(WorkshopEvent::seq).toList(), "stored gap-free");
        assertEquals(16L * perThread, stored.stream().filter(e -> e.type() == EventType.JOINED).count());
    }

    /**
     * A node that died between committing an event and publishing it (the commit made here straight through the
     * store, as the dead node left it): the sweep brings it to the participants of both nodes within seconds.
     */
    @Test
    void anEventCommittedByANodeThatDiedBeforePublishingStillReachesEveryone() {
        Workshop w = workshopWithIdeas("Tystby");
        long ideas = ideas(w);
        List<LiveClient> clients = join(w, 2);
        clients.get(0).submit("first", EventType.IDEA, ideas, Map.of("text", "Först"));
        assertEquals(null, clients.get(0).answer("first").get("nack"));
        ApplicationContext ctx = a.getApplicationContext();
        WorkshopEvent first = ctx.getBean(EventLog.class).all(w.id()).getLast();
        WorkshopEvent unpublished = new WorkshopEvent(w.id(), first.seq() + 1, EventType.IDEA, ideas, first.author(),
                first.name(), "never-published", Map.of("text", "Sparad men aldrig skickad"), java.time.Instant.now());
        ctx.getBean(EventStore.class).insert(List.of(ctx.getBean(EventStore.class).row(unpublished)));
        everyoneSawTheWholeLog(w, clients);
        // the nodes go on numbering after it
        clients.get(1).submit("after", EventType.IDEA, ideas, Map.of("text", "Efter"));
        assertEquals(null, clients.get(1).answer("after").get("nack"));
        assertEquals(first.seq() + 2, everyoneSawTheWholeLog(w, clients));
        clients.forEach(LiveClient::close);
    }
}
