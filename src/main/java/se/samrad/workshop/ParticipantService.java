package se.samrad.workshop;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.participation.ParticipationEvents;
import se.samrad.platform.security.RateLimiter;
import se.samrad.platform.security.SecureTokens;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Participants: joining by code without an account (a random token in a cookie, only its hash stored) and
 * their inputs, checked against the live state, rate-limited per participant, and stored in the event log
 * before they are acknowledged.
 */
@Singleton
public class ParticipantService {

    public static final int MAX_NAME = 60;
    static final int MAX_CLIENT_ID = 64;

    private final ParticipantRepository participants;
    private final EventLog log;
    private final RateLimiter limiter;
    private final ParticipationEvents events;
    private final Clock clock;
    private final int perMinute;

    ParticipantService(ParticipantRepository participants, EventLog log, RateLimiter limiter,
                       ParticipationEvents events, Clock clock,
                       @Value("${samrad.workshop.submissions-per-minute:120}") int perMinute) {
        this.participants = participants;
        this.log = log;
        this.limiter = limiter;
        this.events = events;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** A participant who just joined, and the token for their cookie. */
    public record Joined(Participant participant, String token) {
    }

    public Joined join(Workshop workshop, String displayName) {
        return join(workshop, displayName, null);
    }

    /** Joins through a personal invitation link ({@code invitation} its token, or null): the register hears of it. */
    public Joined join(Workshop workshop, String displayName, @io.micronaut.core.annotation.Nullable String invitation) {
        if (workshop.isEnded()) {
            throw new InvalidRequestException("workshop.error.ended");
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() && !workshop.allowAnonymous()) {
            throw new InvalidRequestException("workshop.error.name-required");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidRequestException("form.error.too-long");
        }
        String token = SecureTokens.newToken();
        Participant participant = participants.save(new Participant(null, workshop.id(), SecureTokens.sha256Hex(token),
                name, clock.instant()));
        log.append(workshop.id(), EventType.JOINED, null, participant.author(), name, "join", Map.of(), s -> { });
        events.started(invitation, subject(participant));
        return new Joined(participant, token);
    }

    /** The participant whose cookie token this is, in this workshop. */
    public Optional<Participant> byToken(Workshop workshop, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return participants.findByTokenHash(SecureTokens.sha256Hex(token))
                .filter(p -> p.workshopId() == workshop.id());
    }

    public List<Participant> list(long workshopId) {
        return participants.findByWorkshopIdOrderById(workshopId);
    }

    public boolean isRemoved(Participant participant) {
        return log.read(participant.workshopId(), s -> s.removed.contains(participant.author()));
    }

    /**
     * Stores one input. {@code clientId} is the client's id for this submission: sent again after a lost
     * acknowledgement, the input is not stored twice and the first event is returned.
     */
    public EventLog.Appended submit(Participant participant, String clientId, EventType type, Long activityId,
                                    Map<String, Object> data) {
        String id = clientId == null || clientId.isBlank() ? UUID.randomUUID().toString() : clientId.strip();
        if (id.length() > MAX_CLIENT_ID || id.equals("join")) {
            throw new InvalidRequestException("workshop.error.invalid");
        }
        limiter.require("workshop-submit", participant.author(), perMinute);
        Map<String, Object> copy = new LinkedHashMap<>(data);
        EventLog.Appended appended = log.append(participant.workshopId(), type, activityId, participant.author(),
                participant.displayName(), id, copy, state -> Submissions.check(state, participant.author(), type,
                        activityId, copy));
        events.completed(subject(participant));
        return appended;
    }

    /** What an invitation link led to, for the stakeholder register's timeline. */
    private static String subject(Participant participant) {
        return "workshop-participant:" + participant.id();
    }
}
