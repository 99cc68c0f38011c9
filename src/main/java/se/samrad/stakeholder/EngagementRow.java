package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a stakeholder's or a contact's timeline. */
@MappedEntity("stakeholder_engagement")
public record EngagementRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        @Nullable Long stakeholderId,
        @Nullable Long contactId,
        EngagementKind kind,
        LocalDate occurredOn,
        String staff,
        String summary,
        IssueKind issueKind,
        @Nullable Long issueRef,
        @Nullable AgreementKind agreementKind,
        @Nullable LocalDate expiresOn,
        @Nullable LocalDate followUpOn,
        @Nullable LocalDate followedUpOn,
        @Nullable Long createdBy,
        Instant createdAt) {

    public String occurredOnText() {
        return occurredOn.toString();
    }

    public String expiresOnText() {
        return Dates.text(expiresOn);
    }

    public String followUpOnText() {
        return Dates.text(followUpOn);
    }

    public String followedUpOnText() {
        return Dates.text(followedUpOn);
    }

    /** A follow-up is set and not yet done. */
    public boolean followUpOpen() {
        return followUpOn != null && followedUpOn == null;
    }

    public String issueRefText() {
        return issueRef == null ? "" : issueRef.toString();
    }
}
