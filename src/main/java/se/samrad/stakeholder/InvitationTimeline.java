package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.i18n.Messages;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The entries an invitation writes on the contact's timeline by itself: invited, then started and submitted (a
 * dialogue) or joined and contributed (a workshop), written in the invitation's language.
 */
@Singleton
class InvitationTimeline {

    private final EngagementRowRepository engagements;
    private final Messages messages;
    private final Clock clock;

    InvitationTimeline(EngagementRowRepository engagements, Messages messages, Clock clock) {
        this.engagements = engagements;
        this.messages = messages;
        this.clock = clock;
    }

    /** {@code step} is {@code invited}, {@code started} or {@code completed}. */
    void record(InvitationRow invitation, String step, @Nullable Long accountId) {
        String summary = messages.get(messages.language(invitation.language()).orElse(messages.reference()),
                "stakeholder.invitation.entry." + step + "." + invitation.kind().name(), invitation.occasionTitle());
        EngagementKind kind = invitation.kind() == IssueKind.WORKSHOP ? EngagementKind.WORKSHOP
                : EngagementKind.DIALOGUE;
        engagements.save(new EngagementRow(null, invitation.organisationId(), null, invitation.contactId(), kind,
                LocalDate.now(clock), "", summary.length() > 2000 ? summary.substring(0, 2000) : summary,
                invitation.kind(), invitation.occasionId(), null, null, null, null, accountId, clock.instant()));
    }
}
