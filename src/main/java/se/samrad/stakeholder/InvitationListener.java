package se.samrad.stakeholder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.participation.ParticipationListener;
import se.samrad.platform.security.SecureTokens;

import java.time.Clock;

/**
 * Records on the invited contact's timeline what their personal link led to: started then submitted (a dialogue),
 * joined then contributed (a workshop), each once. Anonymous dialogues never get here with a token (their link is
 * the public one), and an invitation marked anonymous is never tied to a response.
 */
@Singleton
class InvitationListener implements ParticipationListener {

    /**
     * Subjects with nothing (more) to record: every workshop input asks, so after the first answer for a participant
     * who was not invited, or whose contribution is recorded, no query is made.
     */
    private final Cache<String, Boolean> settled = Caffeine.newBuilder().maximumSize(100_000).build();
    private final InvitationRowRepository invitations;
    private final InvitationTimeline timeline;
    private final Clock clock;

    InvitationListener(InvitationRowRepository invitations, InvitationTimeline timeline, Clock clock) {
        this.invitations = invitations;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void started(String token, String subject) {
        invitations.findByTokenHash(SecureTokens.sha256Hex(token)).filter(i -> !i.anonymous()).ifPresent(i -> {
            if (invitations.start(i.id(), subject, clock.instant()) == 1) {
                settled.invalidate(subject);
                timeline.record(i, "started", null);
            }
        });
    }

    @Override
    @Transactional
    public void completed(String subject) {
        if (settled.getIfPresent(subject) != null) {
            return;
        }
        invitations.findBySubjectKey(subject).ifPresentOrElse(i -> {
            if (i.completedAt() == null && invitations.complete(i.id(), clock.instant()) == 1) {
                timeline.record(i, "completed", null);
            }
            settled.put(subject, Boolean.TRUE);
        }, () -> settled.put(subject, Boolean.TRUE));
    }
}
