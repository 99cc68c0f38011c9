package se.samrad.stakeholder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

import java.time.LocalDate;
import java.util.Map;

import static se.samrad.stakeholder.OrganisationCommand.text;

/** A placement as typed: levels 1-5 chosen from ordinary fields (the grid is never the only way to place). */
@Introspected
public record PlacementCommand(
        @NotNull(message = "form.error.choose") @Min(value = 1, message = "form.error.choose")
        @Max(value = 5, message = "form.error.choose") @Nullable Integer interest,
        @NotNull(message = "form.error.choose") @Min(value = 1, message = "form.error.choose")
        @Max(value = 5, message = "form.error.choose") @Nullable Integer influence,
        @NotNull(message = "form.error.choose") @Nullable IssueKind issueKind,
        @Size(max = 200, message = "form.error.too-long") String issueLabel,
        @Pattern(regexp = "^$|^[0-9]{1,15}$", message = "stakeholder.error.issue-ref") String issueRef,
        @Size(max = 2000, message = "form.error.too-long") String note,
        @NotBlank(message = "form.error.required") @IsoDate String placedOn) implements CrossChecked {

    static PlacementCommand empty(LocalDate today) {
        return new PlacementCommand(null, null, IssueKind.NONE, "", "", "", today.toString());
    }

    static PlacementCommand from(Map<String, Object> form) {
        return new PlacementCommand(level(text(form, "interest")), level(text(form, "influence")),
                Enums.parse(IssueKind.class, text(form, "issueKind")), text(form, "issueLabel"),
                text(form, "issueRef"), text(form, "note"), text(form, "placedOn"));
    }

    /** A dialogue or workshop needs its id. */
    @Override
    public void check(FormErrors errors) {
        if (issueKind != null && issueKind != IssueKind.NONE && issueRef.isBlank()) {
            errors.add("issueRef", "stakeholder.error.issue-ref");
        }
    }

    public String interestText() {
        return interest == null ? "" : interest.toString();
    }

    public String influenceText() {
        return influence == null ? "" : influence.toString();
    }

    public String issueKindName() {
        return issueKind == null ? "" : issueKind.name();
    }

    @Nullable Long reference() {
        return issueKind == IssueKind.NONE || issueRef.isBlank() ? null : Long.valueOf(issueRef);
    }

    private static @Nullable Integer level(String text) {
        return text.matches("[0-9]{1,2}") ? Integer.valueOf(text) : null;
    }
}
