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
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.upload.Uploads;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.io.IOException;

/** Attaching agreements, letters of intent and protocols to a stakeholder organisation, downloading, removing. */
@Controller("/stakeholders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class DocumentController {

    private final StakeholderDocuments documents;
    private final StakeholderPages pages;

    DocumentController(StakeholderDocuments documents, StakeholderPages pages) {
        this.documents = documents;
        this.pages = pages;
    }

    /**
     * Attaches a PDF or image (multipart; the CSRF token comes in the query string). A file over 8 MB gets the error
     * on the form (413), also when it is over the server's request limit ({@link DocumentTooLarge}).
     */
    @Post(value = "/organisations/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> attach(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                           @Nullable @Part("documentKind") String kind, @Nullable @Part("entry") String entry,
                           @Nullable @Part("file") CompletedFileUpload file) throws IOException {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        FormErrors errors = new FormErrors();
        DocumentKind chosen = Enums.parse(DocumentKind.class, kind);
        if (chosen == null) {
            errors.add("documentKind", "form.error.choose");
        }
        if (entry != null && !entry.isEmpty() && !entry.matches("[0-9]{1,18}")) {
            errors.add("entry", "form.error.choose");
        }
        try {
            if (file == null || file.getSize() == 0) {
                throw new InvalidRequestException("stakeholder.error.document-empty");
            }
            if (file.getSize() > StakeholderDocuments.MAX_BYTES) {
                throw new InvalidRequestException(StakeholderDocuments.SIZE_KEY);
            }
            Uploads.Checked checked = StakeholderDocuments.check(file.getFilename(), file.getBytes());
            if (errors.isEmpty()) {
                documents.add(user, id, chosen, entry == null || entry.isEmpty() ? null : Long.valueOf(entry), checked);
                return StakeholderController.done(id, "document-added");
            }
        } catch (InvalidRequestException e) {
            errors.add(e.messageKey().equals("form.error.choose") ? "entry" : "file", e.messageKey());
        }
        HttpStatus status = errors.getFields().containsValue(StakeholderDocuments.SIZE_KEY)
                ? HttpStatus.REQUEST_ENTITY_TOO_LARGE : HttpStatus.UNPROCESSABLE_ENTITY;
        return pages.organisation(request, status, user, id, pages.blankForms().withDocument(
                new StakeholderPages.DocumentForm(kind == null ? "" : kind, entry == null ? "" : entry), errors));
    }

    /** The file itself: a PDF is saved, an image shown; its type is the one found in its bytes. */
    @Get("/documents/{id}")
    @Produces(MediaType.ALL)
    HttpResponse<byte[]> download(Authentication auth, @PathVariable long id) {
        DocumentRow row = documents.download(CurrentUser.of(auth), id);
        return HttpResponse.ok(row.content()).contentType(row.contentType())
                .header("Content-Disposition", Uploads.disposition(row.fileName(), row.contentType()))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store");
    }

    @Post("/documents/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(Authentication auth, @PathVariable long id) {
        return StakeholderController.done(documents.remove(CurrentUser.of(auth), id), "document-removed");
    }
}
