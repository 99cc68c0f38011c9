package se.samrad.stakeholder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.samrad.platform.web.CrossChecked;
import se.samrad.platform.web.FormErrors;

import java.util.Map;

import static se.samrad.stakeholder.OrganisationCommand.text;

/** The contact form as typed. Consent needs the date and the way it was given. */
@Introspected
public record ContactCommand(
        @NotBlank(message = "form.error.required") @Size(max = 200, message = "form.error.too-long") String name,
        @Pattern(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "form.error.email") @Size(max = 254, message = "form.error.too-long") String email,
        @Size(max = 50, message = "form.error.too-long") String phone,
        @NotNull(message = "form.error.choose") @Nullable LawfulBasis lawfulBasis,
        @IsoDate String consentGivenOn,
        @Size(max = 500, message = "form.error.too-long") String consentHow,
        @Size(max = 4000, message = "form.error.too-long") String notes) implements CrossChecked {

    static ContactCommand empty() {
        return new ContactCommand("", "", "", null, "", "", "");
    }

    static ContactCommand of(ContactRow row) {
        return new ContactCommand(row.name(), row.email(), row.phone(), row.lawfulBasis(),
                Dates.text(row.consentGivenOn()), row.consentHow(), row.notes());
    }

    static ContactCommand from(Map<String, Object> form) {
        return new ContactCommand(text(form, "name"), text(form, "email"), text(form, "phone"),
                Enums.parse(LawfulBasis.class, text(form, "lawfulBasis")), text(form, "consentGivenOn"),
                text(form, "consentHow"), text(form, "notes"));
    }

    /** The chosen basis's name for the form, "" when none. */
    public String basisName() {
        return lawfulBasis == null ? "" : lawfulBasis.name();
    }

    /** Consent is documented: when and how it was given. */
    @Override
    public void check(FormErrors errors) {
        if (lawfulBasis == LawfulBasis.CONSENT) {
            if (consentGivenOn.isBlank()) {
                errors.add("consentGivenOn", "stakeholder.error.consent-date");
            }
            if (consentHow.isBlank()) {
                errors.add("consentHow", "stakeholder.error.consent-how");
            }
        }
    }
}
