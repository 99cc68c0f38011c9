package se.samrad.workshop;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An input whose storage fails for a reason nobody foresaw is refused (retryably); the socket goes on working. */
@MicronautTest(transactional = false)
class FailingInputTest extends IntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("test.failing-live-input", "true");
    }

    /** Fails every input whose client id starts with "boom", as a database that went away would. */
    @Singleton
    @Replaces(LiveInput.class)
    @Requires(property = "test.failing-live-input", value = "true")
    static class FailingLiveInput extends LiveInput {
        FailingLiveInput(ParticipantService participants, JsonMapper json) {
            super(participants, json);
        }

        @Override
        String handle(Viewers.Viewer viewer, Map<String, Object> message) {
            if (String.valueOf(message.get("clientId")).startsWith("boom")) {
                throw new IllegalStateException("the database went away");
            }
            return super.handle(viewer, message);
        }
    }

    @Test
    void aFailedInputIsRefusedRetryablyAndTheNextOneIsStored() {
        CurrentUser facilitator = directory.toUser(fixtures.account(fixtures.organisation("Felby"), Role.FACILITATOR));
        Workshop w = workshops.create(facilitator, "Fel", "", true);
        Activity ideas = workshops.addActivity(facilitator, w.id(), ActivityKind.IDEAS, "Idéer", "", ActivityConfig.empty());
        workshops.control(facilitator, w.id(), EventType.STARTED, ideas.id(), Map.of());
        LiveClient client = LiveClient.connect(server.getURI(), w.code(),
                LiveTransportTest.cookie(participants.join(w, "Anna")), 0);
        client.submit("boom-1", EventType.IDEA, ideas.id(), Map.of("text", "Försvinner"));
        client.submit("fine-1", EventType.IDEA, ideas.id(), Map.of("text", "Kommer fram"));
        assertEquals("workshop.error.failed", client.answer("boom-1").get("error"));
        assertEquals(Boolean.FALSE, client.answer("fine-1").get("duplicate"));
        client.close();
    }
}
