package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.goals.TargetPicker;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;
import se.samrad.platform.web.Views;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Writing and reviewing examples: the organisation's examples, the form, the workflow buttons, attachments,
 * history, the review queue, import (with a dry run) and export. Who may do what is checked in {@link Library}.
 */
@Controller("/library")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class LibraryStaffController {

    private static final int MAX_NOTE = 2000;

    private final Library library;
    private final LibraryPages pages;
    private final LibraryImport imports;
    private final LibraryExport exports;
    private final Views views;

    LibraryStaffController(Library library, LibraryPages pages, LibraryImport imports, LibraryExport exports,
                           Views views) {
        this.library = library;
        this.pages = pages;
        this.imports = imports;
        this.exports = exports;
        this.views = views;
    }

    /** The organisation's examples in every state. */
    @Get("/mine")
    HttpResponse<String> mine(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        return views.page(request, "library/mine", Map.of("examples", library.mine(user),
                "canContribute", LibraryAccess.canContribute(user),
                "done", request.getParameters().get("done", String.class, "")));
    }

    @Get("/new")
    HttpResponse<String> newForm(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        requireContributor(user);
        return pages.form(request, HttpStatus.OK, user, null, ExampleForm.empty(views.language(request).code()),
                new FormErrors(), null);
    }

    /** Creates a draft; the picker's search button (no JavaScript) only filters the picker. */
    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        requireContributor(user);
        return save(request, user, null, body);
    }

    @Get("/examples/{id}/edit")
    HttpResponse<String> editForm(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        Example example = library.editableExample(user, id);
        return pages.form(request, HttpStatus.OK, user, example, ExampleForm.of(example), new FormErrors(), null);
    }

    @Post("/examples/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        return save(request, user, library.editableExample(user, id), body);
    }

    private HttpResponse<?> save(HttpRequest<?> request, CurrentUser user, @Nullable Example example,
                                 Map<String, Object> body) {
        ExampleForm form = ExampleForm.read(body, pages.languageCodes());
        if (TargetPicker.isSearch(body, ExampleForm.PICKER)) {
            return pages.form(request, HttpStatus.OK, user, example, form, new FormErrors(),
                    Forms.value(body, ExampleForm.PICKER + TargetPicker.QUERY_SUFFIX));
        }
        FormErrors errors = new FormErrors();
        ExampleDraft draft = form.draft(errors, pages.languageCodes());
        if (draft != null) {
            try {
                Example saved = example == null ? library.create(user, draft) : library.update(user, example.id(), draft);
                return HttpResponse.seeOther(URI.create("/library/examples/" + saved.id() + "?done=saved"));
            } catch (InvalidRequestException e) {
                errors.add(e.messageKey().equals("library.error.network") ? "network" : ExampleForm.PICKER,
                        e.messageKey());
            }
        }
        return pages.form(request, HttpStatus.UNPROCESSABLE_ENTITY, user, example, form, errors, null);
    }

    @Post("/examples/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(Authentication auth, @PathVariable long id) {
        library.submit(CurrentUser.of(auth), id);
        return done(id, "submitted");
    }

    @Post("/examples/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                            @Body Map<String, Object> body) {
        String note = note(body);
        if (note.length() > MAX_NOTE) {
            return noteError(request, auth, id, note, "form.error.too-long");
        }
        library.publish(CurrentUser.of(auth), id, note);
        return done(id, "published");
    }

    /** Sends a submitted example back to its authors; the note saying why is required. */
    @Post("/examples/{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> returnToDraft(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                  @Body Map<String, Object> body) {
        String note = note(body);
        if (note.isBlank() || note.length() > MAX_NOTE) {
            return noteError(request, auth, id, note, note.isBlank() ? "library.error.note-required"
                    : "form.error.too-long");
        }
        library.returnToDraft(CurrentUser.of(auth), id, note);
        return done(id, "returned");
    }

    @Post("/examples/{id}/unpublish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unpublish(Authentication auth, @PathVariable long id) {
        library.unpublish(CurrentUser.of(auth), id);
        return done(id, "unpublished");
    }

    @Post("/examples/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(Authentication auth, @PathVariable long id) {
        library.delete(CurrentUser.of(auth), id);
        return HttpResponse.seeOther(URI.create("/library/mine?done=deleted"));
    }

    /**
     * Attaches a PDF or image (multipart; the CSRF token comes in the query string). A file over 8 MB gets the
     * error on the form (413), also when it is over the server's request limit ({@link AttachmentTooLarge}).
     */
    @Post(value = "/examples/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> attach(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @Nullable @Part("file") CompletedFileUpload file) throws IOException {
        CurrentUser user = CurrentUser.of(auth);
        try {
            if (file == null || file.getSize() == 0) {
                throw new InvalidRequestException("library.error.attachment-empty");
            }
            if (file.getSize() > Attachments.MAX_BYTES) {
                throw new InvalidRequestException("library.error.attachment-size");
            }
            library.addAttachment(user, id, Attachments.check(file.getFilename(), file.getBytes()));
        } catch (InvalidRequestException e) {
            FormErrors errors = new FormErrors().add("file", e.messageKey());
            HttpStatus status = e.messageKey().equals("library.error.attachment-size")
                    ? HttpStatus.REQUEST_ENTITY_TOO_LARGE : HttpStatus.UNPROCESSABLE_ENTITY;
            return pages.example(request, status, user, id, Map.of("errors", errors));
        }
        return done(id, "attached");
    }

    @Post("/attachments/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> detach(Authentication auth, @PathVariable long id) {
        long exampleId = library.removeAttachment(CurrentUser.of(auth), id);
        return done(exampleId, "detached");
    }

    @Get("/examples/{id}/history")
    HttpResponse<String> history(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        var revisions = library.history(user, id);
        Example example = library.visible(user, id);
        return views.page(request, "library/history", Map.of("example", example, "revisions", revisions,
                "content", example.in(views.language(request).code())));
    }

    /** Submitted examples the user may review. */
    @Get("/review")
    HttpResponse<String> review(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        return views.page(request, "library/review", Map.of("examples", library.reviewQueue(user)));
    }

    @Get("/import")
    HttpResponse<String> importForm(HttpRequest<?> request, Authentication auth) {
        requireContributor(CurrentUser.of(auth));
        return renderImport(request, HttpStatus.OK, null, new FormErrors(), "CSV", "", false);
    }

    /**
     * Reads a file (or pasted text): a dry run reports line by line; an import with errors imports nothing.
     * Multipart, so the CSRF token comes in the query string.
     */
    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> importFile(HttpRequest<?> request, Authentication auth,
                               @Nullable @Part("file") CompletedFileUpload file, @Nullable @Part("content") String content,
                               @Nullable @Part("format") String format, @Nullable @Part("action") String action,
                               @Nullable @Part("publish") String publish) throws IOException {
        CurrentUser user = CurrentUser.of(auth);
        requireContributor(user);
        String text = file != null && file.getSize() > 0 ? new String(file.getBytes(), StandardCharsets.UTF_8)
                : content == null ? "" : content;
        LibraryImport.Format chosen = "JSON".equalsIgnoreCase(format) ? LibraryImport.Format.JSON : LibraryImport.Format.CSV;
        boolean dryRun = !"import".equals(action);
        boolean andPublish = publish != null;
        FormErrors errors = new FormErrors();
        if (text.isBlank()) {
            errors.add("file", "library.import.empty");
            return renderImport(request, HttpStatus.UNPROCESSABLE_ENTITY, null, errors, chosen.name(), "", andPublish);
        }
        try {
            LibraryImport.Report report = imports.run(user, chosen, text, dryRun, andPublish);
            HttpStatus status = report.errors() > 0 ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK;
            return renderImport(request, status, report, errors, chosen.name(), file == null ? text : "", andPublish);
        } catch (InvalidRequestException e) {
            errors.add("file", e.messageKey());
            return renderImport(request, HttpStatus.UNPROCESSABLE_ENTITY, null, errors, chosen.name(),
                    file == null ? text : "", andPublish);
        }
    }

    private HttpResponse<String> renderImport(HttpRequest<?> request, HttpStatus status,
                                              @Nullable LibraryImport.Report report, FormErrors errors, String format,
                                              String content, boolean publish) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("errors", errors);
        model.put("format", format);
        model.put("content", content.length() > 200_000 ? "" : content);
        model.put("publish", publish);
        model.put("columns", String.join(", ", LibraryImport.COLUMNS));
        return views.page(request, status, "library/import", model);
    }

    /** The organisation's examples as CSV or JSON, in the import's shape. */
    @Get("/export")
    @Produces({"text/csv;charset=utf-8", MediaType.APPLICATION_JSON})
    HttpResponse<String> export(Authentication auth, @Nullable @QueryValue String format) {
        CurrentUser user = CurrentUser.of(auth);
        user.requireOrganisation();
        boolean json = "json".equalsIgnoreCase(format);
        String body = exports.export(user, json ? LibraryImport.Format.JSON : LibraryImport.Format.CSV);
        return HttpResponse.ok(body).contentType(json ? "application/json;charset=utf-8" : "text/csv;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"goda-exempel." + (json ? "json" : "csv") + "\"");
    }

    private HttpResponse<String> noteError(HttpRequest<?> request, Authentication auth, long id, String note,
                                           String key) {
        return pages.example(request, HttpStatus.UNPROCESSABLE_ENTITY, CurrentUser.of(auth), id,
                Map.of("errors", new FormErrors().add("note", key), "note", note));
    }

    private static String note(Map<String, Object> body) {
        String note = Forms.value(body, "note");
        return note == null ? "" : note.strip();
    }

    private static HttpResponse<?> done(long id, String what) {
        return HttpResponse.seeOther(URI.create("/library/examples/" + id + "?done=" + what));
    }

    private static void requireContributor(CurrentUser user) {
        user.requireOrganisation();
        if (!LibraryAccess.canContribute(user)) {
            throw new io.micronaut.http.exceptions.HttpStatusException(HttpStatus.FORBIDDEN, "error.forbidden");
        }
    }
}
