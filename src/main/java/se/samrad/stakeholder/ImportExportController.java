package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.io.IOException;
import java.util.Map;

import static se.samrad.stakeholder.StakeholderController.model;

/**
 * Importing organisations from CSV or XLSX (a dry run first) and exporting the register's tables. The upload form
 * is multipart, so its CSRF token travels in the action's query string.
 */
@Controller("/stakeholders")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ImportExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StakeholderImport importer;
    private final ContactImport contactImporter;
    private final RegisterTables tables;
    private final StakeholderPermissions permissions;
    private final Views views;

    ImportExportController(StakeholderImport importer, ContactImport contactImporter, RegisterTables tables,
                           StakeholderPermissions permissions, Views views) {
        this.importer = importer;
        this.contactImporter = contactImporter;
        this.tables = tables;
        this.permissions = permissions;
        this.views = views;
    }

    /** The upload form and the columns it reads. */
    @Get("/import")
    @Produces(Views.HTML_VALUE)
    HttpResponse<String> form(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        permissions.requireEdit(user);
        return render(request, user, HttpStatus.OK, new FormErrors(), true, null);
    }

    /** Reads the file and shows, row by row, what would happen (preview) or what happened. */
    @Post("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(Views.HTML_VALUE)
    HttpResponse<String> upload(HttpRequest<?> request, Authentication auth,
                                @Nullable @Part("file") CompletedFileUpload file,
                                @Nullable @Part("preview") String preview) {
        CurrentUser user = CurrentUser.of(auth);
        permissions.requireEdit(user);
        return read(request, user, file, preview != null, "file", importer::run);
    }

    /** Reads a file of contact persons (organisation admins) and shows, row by row, what would happen or happened. */
    @Post("/import-contacts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(Views.HTML_VALUE)
    HttpResponse<String> uploadContacts(HttpRequest<?> request, Authentication auth,
                                        @Nullable @Part("file") CompletedFileUpload file,
                                        @Nullable @Part("preview") String preview) {
        CurrentUser user = CurrentUser.of(auth);
        permissions.requirePersonalData(user);
        return read(request, user, file, preview != null, "contactFile", contactImporter::run);
    }

    /** An import of either kind, as a file the user chose. */
    @FunctionalInterface
    interface Importer {
        StakeholderImport.Report run(CurrentUser user, byte[] file, boolean dryRun);
    }

    private HttpResponse<String> read(HttpRequest<?> request, CurrentUser user, @Nullable CompletedFileUpload file,
                                      boolean dryRun, String field, Importer importer) {
        FormErrors errors = new FormErrors();
        try {
            StakeholderImport.Report report = importer.run(user, file == null ? new byte[0] : file.getBytes(),
                    dryRun);
            return render(request, user, report.hasErrors() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK, errors,
                    dryRun, report);
        } catch (InvalidRequestException e) {
            errors.add(field, e.messageKey());
        } catch (IOException e) {
            errors.add(field, "stakeholder.import.error.format");
        }
        return render(request, user, HttpStatus.UNPROCESSABLE_ENTITY, errors, dryRun, null);
    }

    /**
     * One table of the register as a file: {@code organisations}, {@code engagements} or {@code contacts}
     * (organisation admins), each {@code .csv} or {@code .xlsx}.
     */
    @Get("/export/{file}")
    HttpResponse<byte[]> export(Authentication auth, @PathVariable String file) {
        CurrentUser user = CurrentUser.of(auth);
        permissions.requireRead(user);
        int dot = file.lastIndexOf('.');
        String format = dot < 0 ? "" : file.substring(dot + 1);
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new NotFoundException("export");
        }
        RegisterTables.Table table = switch (file.substring(0, dot)) {
            case "organisations" -> tables.organisations(user);
            case "engagements" -> tables.engagements(user);
            case "contacts" -> tables.contacts(user);
            default -> throw new NotFoundException("export");
        };
        byte[] body = format.equals("csv") ? Sheets.csv(table.header(), table.rows())
                : Sheets.xlsx(table.name(), table.header(), table.rows());
        return HttpResponse.ok(body)
                .contentType(format.equals("csv") ? "text/csv; charset=utf-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"stakeholder-" + table.name() + "." + format
                        + "\"");
    }

    private HttpResponse<String> render(HttpRequest<?> request, CurrentUser user, HttpStatus status, FormErrors errors,
                                        boolean preview, @Nullable StakeholderImport.Report report) {
        Map<String, Object> model = model("errors", errors, "preview", preview,
                "columns", RegisterTables.ORGANISATION_COLUMNS, "contactColumns", ContactImport.COLUMNS,
                "canPersonal", permissions.canHandlePersonalData(user), "kinds", StakeholderPages.enumNames(
                        StakeholderKind.values()), "maxMegabytes", ImportFile.MAX_BYTES / (1024 * 1024));
        if (report != null) {
            model.put("report", report);
        }
        return views.page(request, status, "stakeholder/import", model);
    }
}
