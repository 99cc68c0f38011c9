package se.samrad.dialogue;

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
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.csv.Csv;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Files around a dialogue: its translation file (CSV download, upload with a dry run) and its one-time
 * participation codes (made here, shown once, downloadable as CSV right then). Staff of the organisation see
 * the pages; only admins and facilitators import or make codes.
 */
@Controller("/dialogues/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
class DialogueFilesController {

    private final Dialogues dialogues;
    private final DialoguePages pages;
    private final TranslationFiles translations;
    private final DialogueCodes codes;
    private final Views views;
    private final FormBinder binder;

    DialogueFilesController(Dialogues dialogues, DialoguePages pages, TranslationFiles translations,
                            DialogueCodes codes, Views views, FormBinder binder) {
        this.binder = binder;
        this.dialogues = dialogues;
        this.pages = pages;
        this.translations = translations;
        this.codes = codes;
        this.views = views;
    }

    @Get("/translations")
    @Consumes(MediaType.ALL)
    HttpResponse<String> translationsPage(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        return renderTranslations(request, HttpStatus.OK, user, dialogues.get(user, id), new FormErrors(), null, true);
    }

    @Get(value = "/translations.csv", produces = "text/csv;charset=utf-8")
    @Consumes(MediaType.ALL)
    HttpResponse<String> translationFile(Authentication auth, @PathVariable long id) {
        String csv = translations.export(CurrentUser.of(auth), id);
        return HttpResponse.ok(csv).contentType("text/csv;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"dialogue-" + id + "-translations.csv\"");
    }

    /** Reads a translation file: with "preview" ticked only reports, otherwise applies. */
    @Post("/translations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<String> importTranslations(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                            @Nullable @Part("file") CompletedFileUpload file,
                                            @Nullable @Part("preview") String preview) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        boolean dryRun = preview != null;
        FormErrors errors = new FormErrors();
        if (file == null || file.getSize() == 0) {
            errors.add("file", "dialogue.staff.translations.error.empty");
        } else {
            try {
                TranslationFiles.Report report = translations.importFile(user, id, file.getBytes(), dryRun);
                return renderTranslations(request, HttpStatus.OK, user, dialogues.get(user, id), errors, report, dryRun);
            } catch (InvalidRequestException e) {
                errors.add("file", DialoguePages.staffKey(e));
            } catch (IOException e) {
                errors.add("file", "dialogue.staff.translations.error.format");
            }
        }
        return renderTranslations(request, HttpStatus.UNPROCESSABLE_ENTITY, user, dialogue, errors, null, dryRun);
    }

    private HttpResponse<String> renderTranslations(HttpRequest<?> request, HttpStatus status, CurrentUser user,
                                                    Dialogue dialogue, FormErrors errors,
                                                    @Nullable TranslationFiles.Report report, boolean preview) {
        Map<String, Object> model = pages.base(request, user, dialogue);
        model.put("errors", errors);
        model.put("report", report);
        model.put("preview", preview);
        model.put("textCount", TranslationFiles.texts(dialogue).size());
        model.put("missing", TranslationFiles.missing(dialogue));
        model.put("maxMegabytes", TranslationFiles.MAX_BYTES / (1024 * 1024));
        return views.page(request, status, "dialogue/staff/translations", model);
    }

    @Get("/codes")
    @Consumes(MediaType.ALL)
    HttpResponse<String> codesPage(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        return renderCodes(request, HttpStatus.OK, user, dialogues.get(user, id), new FormErrors(), "", List.of());
    }

    /** Makes codes and shows them this once (the page is not cached), with a CSV download of the same codes. */
    @Post("/codes")
    HttpResponse<String> generate(HttpRequest<?> request, Authentication auth, @PathVariable long id,
                                  @Body Map<String, Object> form) {
        CurrentUser user = CurrentUser.of(auth);
        Dialogue dialogue = pages.forChange(user, id);
        FormBinder.Bound<CodesCommand> bound = binder.bind(form, CodesCommand.class);
        String typed = bound.command().count();
        if (!bound.valid()) {
            return renderCodes(request, HttpStatus.UNPROCESSABLE_ENTITY, user, dialogue, bound.errors(),
                    typed == null ? "" : typed, List.of());
        }
        List<String> made = codes.generate(user, id, bound.command().number());
        return renderCodes(request, HttpStatus.OK, user, dialogue, bound.errors(), "", made)
                .header("Cache-Control", "no-store");
    }

    /** The codes just made, as CSV: the page sends them back; only this dialogue's unused codes are written. */
    @Post(value = "/codes.csv", produces = "text/csv;charset=utf-8")
    HttpResponse<String> codesFile(Authentication auth, @PathVariable long id, @Body Map<String, Object> form) {
        List<String> valid = codes.unused(CurrentUser.of(auth), id,
                binder.bind(form, ShownCodesCommand.class).command().code());
        return HttpResponse.ok(Csv.write(List.of("code"), valid.stream().map(List::of).toList())).contentType("text/csv;charset=utf-8")
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"dialogue-" + id + "-codes.csv\"");
    }

    private io.micronaut.http.MutableHttpResponse<String> renderCodes(HttpRequest<?> request, HttpStatus status,
                                                                      CurrentUser user, Dialogue dialogue,
                                                                      FormErrors errors, String count,
                                                                      List<String> made) {
        Map<String, Object> model = pages.base(request, user, dialogue);
        model.put("errors", errors);
        model.put("count", count);
        model.put("made", made);
        model.put("counts", codes.counts(user, dialogue.id()));
        model.put("maxCodes", DialogueCodes.MAX_PER_BATCH);
        return views.page(request, status, "dialogue/staff/codes", model);
    }
}
