package se.samrad.workshop;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.TestDatabase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server restart in the middle of a session: the embedded server stops, a new one starts on the same
 * database, the client reconnects with the last sequence number it saw and carries on; nothing acknowledged
 * is lost, a resent submission is not stored twice, and the state is rebuilt from the log.
 */
class RestartTest {

    private static EmbeddedServer start() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("samrad.demo.enabled", "false");
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @Test
    void aClientResumesAfterTheServerRestartsAndNothingAcknowledgedIsLost() throws Exception {
        EmbeddedServer first = start();
        ApplicationContext ctx = first.getApplicationContext();
        Fixtures fixtures = ctx.getBean(Fixtures.class);
        CurrentUser facilitator = ctx.getBean(StaffDirectory.class)
                .toUser(fixtures.account(fixtures.organisation("Omstartsby"), Role.FACILITATOR));
        WorkshopService workshops = ctx.getBean(WorkshopService.class);
        Workshop w = workshops.create(facilitator, "Omstart", "", true);
        Activity poll = workshops.addActivity(facilitator, w.id(), ActivityKind.POLL, "Omröstning", "",
                WorkshopActivitiesTest.options(List.of("Ja", "Nej"), false));
        Activity ideas = workshops.addActivity(facilitator, w.id(), ActivityKind.IDEAS, "Idéer", "", ActivityConfig.empty());
        workshops.control(facilitator, w.id(), EventType.STARTED, poll.id(), Map.of());
        workshops.control(facilitator, w.id(), EventType.STARTED, ideas.id(), Map.of());
        ParticipantService.Joined anna = ctx.getBean(ParticipantService.class).join(w, "Anna");
        String cookie = LiveTransportTest.cookie(anna);

        LiveClient client = LiveClient.connect(first.getURI(), w.code(), cookie, 0);
        client.submit("vote", EventType.VOTE, poll.id(), Map.of("options", List.of(1)));
        client.submit("idea-1", EventType.IDEA, ideas.id(), Map.of("text", "Före omstarten"));
        client.answer("vote");
        client.answer("idea-1");
        client.awaitEvents(e -> e.size() == 7);
        long seen = client.lastSeq();
        first.stop();
        assertTrue(client.closed.get(10, TimeUnit.SECONDS) != null);

        EmbeddedServer second = start();
        try {
            LiveClient resumed = LiveClient.connect(second.getURI(), w.code(), cookie, seen);
            // the last input's acknowledgement could have been lost: the client sends it again with its id
            resumed.submit("idea-1", EventType.IDEA, ideas.id(), Map.of("text", "Före omstarten"));
            assertEquals(Boolean.TRUE, resumed.answer("idea-1").get("duplicate"));
            resumed.submit("idea-2", EventType.IDEA, ideas.id(), Map.of("text", "Efter omstarten"));
            long seq = ((Number) resumed.answer("idea-2").get("seq")).longValue();
            assertEquals(seen + 1, seq);
            resumed.awaitEvents(e -> e.size() == 1);
            assertEquals(List.of(seen + 1), resumed.seqs());

            EventLog log = second.getApplicationContext().getBean(EventLog.class);
            List<WorkshopEvent> all = log.all(w.id());
            assertEquals(List.of("Före omstarten", "Efter omstarten"), all.stream()
                    .filter(e -> e.type() == EventType.IDEA).map(e -> e.text("text")).toList());
            // the state was rebuilt from the log: the vote before the restart still counts
            ActivityView results = log.snapshot(w.id(), "a" + facilitator.accountId(), true).activity(poll.id());
            assertEquals(List.of(0, 1), results.counts().stream().map(ActivityView.Count::count).toList());
            resumed.close();
        } finally {
            second.stop();
        }
    }
}
