package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bulk import of examples from CSV or JSON ({@link ImportRecords}, each record read by {@link ImportLines});
 * {@link LibraryExport} writes the same shape. A dry run reads every line and reports
 * what is wrong line by line; an import with any error imports nothing. Columns (JSON keys): {@link #COLUMNS},
 * plus {@code <text>_<lang>} for translations, e.g. {@code title_en}.
 */
@Singleton
public class LibraryImport {

    public static final List<String> COLUMNS = List.of("title", "summary", "problem", "actions", "results", "lessons",
            "lang", "type", "municipality", "region", "year_from", "year_to", "costs", "contact", "dimensions", "tags",
            "links", "visibility", "network", "targets", "indicators");
    public static final int MAX_LINES = 2000;

    private final Library library;
    private final JsonMapper json;
    private final AuditLog audit;
    private final ImportLines lines;

    LibraryImport(Library library, GoalCatalogue catalogue, NetworkService networks, JsonMapper json, AuditLog audit,
                  se.samrad.platform.i18n.Messages messages) {
        this.library = library;
        this.json = json;
        this.audit = audit;
        this.lines = new ImportLines(catalogue, networks,
                messages.languages().stream().map(l -> l.code()).toList());
    }

    public enum Format { CSV, JSON }

    /** One line of the file: its number, the title read, and what is wrong with it (message keys with fields). */
    public record Line(int number, String title, List<Problem> problems, @Nullable ExampleDraft draft) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public record Problem(String field, String messageKey) {
    }

    public record Report(Format format, List<Line> lines, int imported, boolean dryRun, boolean publish) {
        public long errors() {
            return lines.stream().filter(l -> !l.ok()).count();
        }
    }

    /** Reads the file and, unless this is a dry run or any line is wrong, creates (and publishes) the examples. */
    public Report run(CurrentUser user, Format format, String content, boolean dryRun, boolean publish) {
        if (!LibraryAccess.canContribute(user)) {
            throw new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.FORBIDDEN,
                    "error.forbidden");
        }
        List<Map<String, String>> records = format == Format.CSV ? ImportRecords.fromCsv(content)
                : ImportRecords.fromJson(json, content);
        if (records.isEmpty()) {
            throw new InvalidRequestException("library.import.empty");
        }
        if (records.size() > MAX_LINES) {
            throw new InvalidRequestException("library.import.too-many");
        }
        List<Line> read = new ArrayList<>();
        for (Map<String, String> record : records) {
            read.add(lines.read(user, record, publish));
        }
        if (dryRun || read.stream().anyMatch(l -> !l.ok())) {
            return new Report(format, read, 0, dryRun, publish);
        }
        int imported = 0;
        for (Line line : read) {
            Example example = library.create(user, line.draft());
            if (publish) {
                library.publish(user, example.id(), "");
            }
            imported++;
        }
        audit.record(user.organisationId(), user, AuditAction.LIBRARY_IMPORTED, format.name(),
                imported + (publish ? " published" : " drafts"));
        return new Report(format, read, imported, false, publish);
    }
}
