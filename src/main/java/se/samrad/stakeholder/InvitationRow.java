package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A contact invited to a dialogue or workshop with a personal link. {@code startedAt} is when the link was used
 * to start a response or join; {@code completedAt} when the response was submitted or the first contribution made.
 */
@MappedEntity("stakeholder_invitation")
public record InvitationRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long contactId,
        IssueKind kind,
        long occasionId,
        String occasionTitle,
        boolean anonymous,
        String language,
        String tokenHash,
        String link,
        @Nullable String subjectKey,
        Instant invitedAt,
        @Nullable Instant startedAt,
        @Nullable Instant completedAt,
        @Nullable Long createdBy) {

    /** The outbox key of the invitation's e-mail. */
    public String mailKey() {
        return "stakeholder-invitation:" + id;
    }
}
