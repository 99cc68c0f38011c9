package se.samrad.stakeholder;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.csv.Csv;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.stakeholder.StakeholderImport.Outcome;
import se.samrad.stakeholder.StakeholderImport.Report;
import se.samrad.stakeholder.StakeholderImport.RowReport;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Importing contact persons from CSV or XLSX (organisation admins; personal data), a dry run first, each row
 * checked like the contact form. A row whose e-mail is in the register updates that person; a row without an
 * e-mail whose name is already there is flagged as a possible duplicate and left out; any row error stops the
 * whole import.
 */
@Singleton
class ContactImport {

    static final List<String> COLUMNS = List.of("name", "email", "phone", "lawful_basis", "consent_given_on",
            "consent_how", "notes");

    private final ContactRowRepository contacts;
    private final StakeholderPermissions permissions;
    private final FormBinder validator;
    private final AuditLog audit;
    private final Clock clock;

    ContactImport(ContactRowRepository contacts, StakeholderPermissions permissions, FormBinder validator,
                  AuditLog audit, Clock clock) {
        this.contacts = contacts;
        this.permissions = permissions;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Report run(CurrentUser user, byte[] bytes, boolean dryRun) {
        long organisationId = permissions.requirePersonalData(user);
        ImportFile file = ImportFile.read(bytes, "stakeholder.import.error.contact-header", "name", "lawful_basis");
        Map<String, ContactRow> byEmail = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (ContactRow c : contacts.findByOrganisationIdAndErasedAtIsNullOrderByName(organisationId)) {
            if (!c.email().isBlank()) {
                byEmail.putIfAbsent(ImportFile.key(c.email()), c);
            }
            names.add(ImportFile.key(c.name()));
        }
        Set<String> emailsInFile = new HashSet<>();
        List<RowReport> reports = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        Instant now = clock.instant();
        for (Csv.Row row : file.rows()) {
            ContactCommand command = command(row, file);
            FormErrors errors = validator.validate(command);
            String email = ImportFile.key(command.email());
            if (!email.isEmpty() && !emailsInFile.add(email)) {
                errors.add("email", "stakeholder.import.error.email-twice");
            }
            if (!errors.isEmpty()) {
                reports.add(new RowReport(row.line(), command.name(), Outcome.ERROR, errors.getFields()));
                continue;
            }
            ContactRow match = email.isEmpty() ? null : byEmail.get(email);
            if (match != null) {
                reports.add(new RowReport(row.line(), command.name(), Outcome.UPDATE, Map.of()));
                writes.add(() -> contacts.update(match.id(), command.name(), command.email(), command.phone(),
                        command.lawfulBasis(), ContactRegister.consentDate(command),
                        ContactRegister.consentHow(command), command.notes(), now));
            } else if (email.isEmpty() && !names.add(ImportFile.key(command.name()))) {
                reports.add(new RowReport(row.line(), command.name(), Outcome.DUPLICATE, Map.of()));
            } else {
                names.add(ImportFile.key(command.name()));
                reports.add(new RowReport(row.line(), command.name(), Outcome.CREATE, Map.of()));
                writes.add(() -> contacts.save(new ContactRow(null, organisationId, command.name(), command.email(),
                        command.phone(), command.lawfulBasis(), ContactRegister.consentDate(command),
                        ContactRegister.consentHow(command), null, command.notes(), null, now, now, null)));
            }
        }
        return Report.of(reports, writes, dryRun, summary -> audit.record(organisationId, user,
                AuditAction.STAKEHOLDER_IMPORTED, "stakeholder-contacts", summary));
    }

    private static ContactCommand command(Csv.Row row, ImportFile file) {
        return new ContactCommand(file.cell(row, "name"), file.cell(row, "email"), file.cell(row, "phone"),
                Enums.parse(LawfulBasis.class, file.cell(row, "lawful_basis").toUpperCase(Locale.ROOT)),
                file.cell(row, "consent_given_on"), file.cell(row, "consent_how"), file.cell(row, "notes"));
    }
}
