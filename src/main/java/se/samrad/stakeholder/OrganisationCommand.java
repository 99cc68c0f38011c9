package se.samrad.stakeholder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samrad.platform.web.Forms;

import java.util.Map;

/** The stakeholder organisation form as typed; re-rendered as it is when a constraint fails. */
@Introspected
public record OrganisationCommand(
        @NotBlank(message = "form.error.required") @Size(max = 300, message = "form.error.too-long") String name,
        @NotNull(message = "form.error.choose") @Nullable StakeholderKind kind,
        boolean internal,
        @ValidOrganisationNumber String orgNumber,
        @Size(max = 500, message = "form.error.too-long") String address,
        @Size(max = 500, message = "form.error.too-long")
        @Pattern(regexp = "^$|^https?://\\S+$", message = "stakeholder.error.web") String web,
        @Size(max = 4000, message = "form.error.too-long") String description) {

    static OrganisationCommand empty() {
        return new OrganisationCommand("", null, false, "", "", "", "");
    }

    static OrganisationCommand of(StakeholderRow row) {
        return new OrganisationCommand(row.name(), row.kind(), row.internal(), row.orgNumberText(), row.address(),
                row.web(), row.description());
    }

    static OrganisationCommand from(Map<String, Object> form) {
        return new OrganisationCommand(text(form, "name"), Enums.parse(StakeholderKind.class, text(form, "kind")),
                Forms.value(form, "internal") != null, text(form, "orgNumber"), text(form, "address"),
                text(form, "web"), text(form, "description"));
    }

    /** The chosen kind's name for the form, "" when none. */
    public String kindName() {
        return kind == null ? "" : kind.name();
    }

    static String text(Map<String, Object> form, String field) {
        String value = Forms.value(form, field);
        return value == null ? "" : value.strip();
    }
}
