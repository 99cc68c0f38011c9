package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** One placement on the interest/influence grid; only ever added, so earlier ones are the history. */
@MappedEntity("stakeholder_placement")
public record PlacementRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long stakeholderId,
        int interest,
        int influence,
        String issueLabel,
        IssueKind issueKind,
        @Nullable Long issueRef,
        String note,
        LocalDate placedOn,
        @Nullable Long createdBy,
        Instant createdAt) {

    public Quadrant quadrant() {
        return Quadrant.of(interest, influence);
    }

    /** Which issue this is about, as one key: "" overall, else the label and the reference. */
    public String issueKey() {
        return issueKind == IssueKind.NONE ? issueLabel : issueKind + ":" + issueRef + ":" + issueLabel;
    }

    public String placedOnText() {
        return placedOn.toString();
    }
}
