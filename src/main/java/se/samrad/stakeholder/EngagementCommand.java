package se.samrad.stakeholder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

import java.time.LocalDate;
import java.util.Map;

import static se.samrad.stakeholder.OrganisationCommand.text;

/**
 * A timeline entry as typed. {@code other} is the person (on an organisation's timeline) or the organisation (on a
 * person's timeline), optional. An agreement needs its kind; a dialogue or workshop its id.
 */
@Introspected
public record EngagementCommand(
        @NotNull(message = "form.error.choose") @Nullable EngagementKind kind,
        @NotBlank(message = "form.error.required") @IsoDate String occurredOn,
        @Size(max = 200, message = "form.error.too-long") String staff,
        @NotBlank(message = "form.error.required") @Size(max = 4000, message = "form.error.too-long") String summary,
        @Pattern(regexp = "^$|^[0-9]{1,15}$", message = "stakeholder.error.issue-ref") String issueRef,
        @Pattern(regexp = "^$|^[0-9]{1,18}$", message = "form.error.choose") String other,
        @Nullable AgreementKind agreementKind,
        @IsoDate String expiresOn,
        @IsoDate String followUpOn) implements CrossChecked {

    static EngagementCommand empty(LocalDate today) {
        return new EngagementCommand(null, today.toString(), "", "", "", "", null, "", "");
    }

    static EngagementCommand from(Map<String, Object> form) {
        return new EngagementCommand(Enums.parse(EngagementKind.class, text(form, "kind")), text(form, "occurredOn"),
                text(form, "staff"), text(form, "summary"), text(form, "issueRef"), text(form, "other"),
                Enums.parse(AgreementKind.class, text(form, "agreementKind")), text(form, "expiresOn"),
                text(form, "followUpOn"));
    }

    /** A dialogue or workshop needs its id; an agreement its kind, and it cannot expire before it was made. */
    @Override
    public void check(FormErrors errors) {
        if ((kind == EngagementKind.DIALOGUE || kind == EngagementKind.WORKSHOP) && issueRef.isBlank()) {
            errors.add("issueRef", "stakeholder.error.issue-ref");
        }
        if (kind == EngagementKind.AGREEMENT && agreementKind == null) {
            errors.add("agreementKind", "form.error.choose");
        }
        if (Dates.backwards(Dates.parse(occurredOn), Dates.parse(expiresOn))) {
            errors.add("expiresOn", "stakeholder.error.expires-before");
        }
    }

    public String kindName() {
        return kind == null ? "" : kind.name();
    }

    public String agreementKindName() {
        return agreementKind == null ? "" : agreementKind.name();
    }

    IssueKind issueKind() {
        return kind == EngagementKind.DIALOGUE ? IssueKind.DIALOGUE
                : kind == EngagementKind.WORKSHOP ? IssueKind.WORKSHOP : IssueKind.NONE;
    }

    @Nullable Long reference() {
        return issueKind() == IssueKind.NONE || issueRef.isBlank() ? null : Long.valueOf(issueRef);
    }

    @Nullable Long otherId() {
        return other.isBlank() ? null : Long.valueOf(other);
    }
}
