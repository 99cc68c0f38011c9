package se.samrad.stakeholder;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.csv.Csv;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;

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
 * Importing stakeholder organisations from CSV or XLSX (issue 17), first as a dry run that reports every row. A row
 * whose organisationsnummer is in the register updates that organisation; a row without a number whose name is
 * already there is flagged as a possible duplicate and left out; a row with any error stops the whole import, so
 * running it again gives the same register (nothing half-done).
 */
@Singleton
public class StakeholderImport {

    /** What happens, or happened, to one row. */
    public enum Outcome { CREATE, UPDATE, DUPLICATE, ERROR }

    /** One row's outcome; {@code errors} maps a column to the message key of what is wrong in it. */
    public record RowReport(long line, String name, Outcome outcome, Map<String, String> errors) {
    }

    /** The whole file's outcome: done is false for a dry run or when a row has errors. */
    public record Report(List<RowReport> rows, boolean done) {

        /**
         * The outcome of reading a whole file: unless it is a dry run or a row has errors, every row's write is
         * carried out and {@code recorded} gets the summary for the audit log ("3 created, 1 updated, …").
         */
        static Report of(List<RowReport> rows, List<Runnable> writes, boolean dryRun,
                         java.util.function.Consumer<String> recorded) {
            Report report = new Report(rows, !dryRun && rows.stream().noneMatch(r -> r.outcome() == Outcome.ERROR));
            if (report.done()) {
                writes.forEach(Runnable::run);
                recorded.accept(report.created() + " created, " + report.updated() + " updated, "
                        + report.duplicates() + " duplicates left out");
            }
            return report;
        }

        long count(Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }

        public boolean hasErrors() {
            return count(Outcome.ERROR) > 0;
        }

        public long created() {
            return count(Outcome.CREATE);
        }

        public long updated() {
            return count(Outcome.UPDATE);
        }

        public long duplicates() {
            return count(Outcome.DUPLICATE);
        }

        public long errors() {
            return count(Outcome.ERROR);
        }
    }

    private final StakeholderRowRepository stakeholders;
    private final StakeholderPermissions permissions;
    private final FormBinder validator;
    private final AuditLog audit;
    private final Clock clock;

    StakeholderImport(StakeholderRowRepository stakeholders, StakeholderPermissions permissions, FormBinder validator,
                      AuditLog audit, Clock clock) {
        this.stakeholders = stakeholders;
        this.permissions = permissions;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads the file and reports every row; writes only when {@code dryRun} is false and no row has an error. */
    @Transactional
    Report run(CurrentUser user, byte[] file, boolean dryRun) {
        long organisationId = permissions.requireEdit(user);
        ImportFile rows = ImportFile.read(file, "stakeholder.import.error.header", "name", "kind");
        List<StakeholderRow> existing = stakeholders.findByOrganisationIdOrderByName(organisationId);
        Map<String, StakeholderRow> byNumber = new HashMap<>();
        Map<String, StakeholderRow> byName = new HashMap<>();
        existing.forEach(s -> {
            if (s.orgNumber() != null) {
                byNumber.put(s.orgNumber(), s);
            }
            byName.putIfAbsent(key(s.name()), s);
        });
        Set<String> numbersInFile = new HashSet<>();
        Set<String> namesInFile = new HashSet<>();
        List<RowReport> reports = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        Instant now = clock.instant();
        for (Csv.Row row : rows.rows()) {
            OrganisationCommand command = command(row, rows);
            FormErrors errors = validator.validate(command);
            String number = errors.has("orgNumber") ? null : OrganisationNumber.normalise(command.orgNumber());
            if (number != null && !numbersInFile.add(number)) {
                errors.add("orgNumber", "stakeholder.import.error.number-twice");
            }
            if (!errors.isEmpty()) {
                reports.add(new RowReport(row.line(), command.name(), Outcome.ERROR, errors.getFields()));
                continue;
            }
            StakeholderRow match = number == null ? null : byNumber.get(number);
            if (match != null) {
                reports.add(new RowReport(row.line(), command.name(), Outcome.UPDATE, Map.of()));
                writes.add(() -> stakeholders.update(match.id(), command.name(), command.kind(), command.internal(),
                        number, command.address(), command.web(), command.description(), now));
            } else if (number == null && (byName.containsKey(key(command.name()))
                    || !namesInFile.add(key(command.name())))) {
                reports.add(new RowReport(row.line(), command.name(), Outcome.DUPLICATE, Map.of()));
            } else {
                namesInFile.add(key(command.name()));
                reports.add(new RowReport(row.line(), command.name(), Outcome.CREATE, Map.of()));
                writes.add(() -> stakeholders.save(new StakeholderRow(null, organisationId, command.name(),
                        command.kind(), command.internal(), number, command.address(), command.web(),
                        command.description(), now, now)));
            }
        }
        return Report.of(reports, writes, dryRun, summary -> audit.record(organisationId, user,
                AuditAction.STAKEHOLDER_IMPORTED, "stakeholder-register", summary));
    }

    private static OrganisationCommand command(Csv.Row row, ImportFile file) {
        String internal = file.cell(row, "internal").toLowerCase(Locale.ROOT);
        return new OrganisationCommand(file.cell(row, "name"),
                Enums.parse(StakeholderKind.class, file.cell(row, "kind").toUpperCase(Locale.ROOT)),
                internal.equals("true") || internal.equals("ja") || internal.equals("yes") || internal.equals("1"),
                file.cell(row, "org_number"), file.cell(row, "address"), file.cell(row, "web"),
                file.cell(row, "description"));
    }

    private static String key(String name) {
        return ImportFile.key(name);
    }
}
