package se.samrad.workshop;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.nats.client.JetStreamApiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.cluster.Nats;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.NatsServer;
import se.samrad.support.TestDatabase;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two server nodes on one database and one NATS server (issue 21): participants split over both nodes send
 * inputs through both at once; every participant sees every event once, in one order, with sequence numbers
 * gap-free, and each input is stored once, whichever node took it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    private final String namespace = "test-" + UUID.randomUUID().toString().substring(0, 8);
    private EmbeddedServer a;
    private EmbeddedServer b;

    private EmbeddedServer start() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("samrad.demo.enabled", "false");
        properties.put("micronaut.server.port", -1);
        properties.put("samrad.nats.url", NatsServer.url());
        properties.put("samrad.nats.namespace", namespace);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @BeforeAll
    void start2() {
        NatsServer.assumeReachable();
        a = start();
        b = start();
    }

    @AfterAll
    void stop() throws IOException, JetStreamApiException {
        if (a != null) {
            Nats nats = a.getApplicationContext().getBean(Nats.class);
            nats.connection().jetStreamManagement().deleteStream(nats.streamName("workshop"));
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
    }

    @Test
    void participantsOnBothNodesSeeEveryEventOnceInOneGapFreeOrder() throws Exception {
        ApplicationContext ctx = a.getApplicationContext();
        Fixtures fixtures = ctx.getBean(Fixtures.class);
        CurrentUser facilitator = ctx.getBean(StaffDirectory.class)
                .toUser(fixtures.account(fixtures.organisation("Tvånodsby"), Role.FACILITATOR));
        WorkshopService workshops = ctx.getBean(WorkshopService.class);
        Workshop w = workshops.create(facilitator, "Två noder", "", true);
        Activity ideas = workshops.addActivity(facilitator, w.id(), ActivityKind.IDEAS, "Idéer", "",
                ActivityConfig.empty());
        workshops.control(facilitator, w.id(), EventType.STARTED, ideas.id(), Map.of());

        int perNode = 10;
        int inputsEach = 10;
        List<LiveClient> clients = new ArrayList<>();
        for (EmbeddedServer node : List.of(a, b)) {
            ParticipantService participants = node.getApplicationContext().getBean(ParticipantService.class);
            for (int i = 0; i < perNode; i++) {
                ParticipantService.Joined joined = participants.join(w, "P" + clients.size());
                clients.add(LiveClient.connect(node.getURI(), w.code(), LiveTransportTest.cookie(joined), 0));
            }
        }
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            for (int c = 0; c < clients.size(); c++) {
                LiveClient client = clients.get(c);
                int n = c;
                senders.execute(() -> {
                    for (int i = 0; i < inputsEach; i++) {
                        client.submit("idea-" + i, EventType.IDEA, ideas.id(), Map.of("text", "Idé " + n + "." + i));
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
        List<WorkshopEvent> stored = ctx.getBean(EventLog.class).all(w.id());
        long last = stored.get(stored.size() - 1).seq();
        assertEquals(LongStream.rangeClosed(1, last).boxed().toList(), stored.stream().map(WorkshopEvent::seq).toList());
        assertEquals(clients.size() * inputsEach, stored.stream().filter(e -> e.type() == EventType.IDEA).count());
        assertEquals(clients.size() * inputsEach, new HashSet<>(stored.stream().filter(e -> e.type() == EventType.IDEA)
                .map(e -> e.author() + " " + e.clientId()).toList()).size());
        List<Long> all = LongStream.rangeClosed(1, last).boxed().toList();
        for (LiveClient client : clients) {
            client.awaitEvents(events -> events.size() >= all.size());
            assertEquals(all, client.seqs(), "every event once, in order: " + client);
            client.close();
        }
    }
}
