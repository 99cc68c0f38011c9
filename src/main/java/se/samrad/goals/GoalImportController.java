package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A platform admin imports official Agenda 2030 texts in any language (see {@link OfficialTextImport} for the
 * file shapes), first as a preview of what would change. The form is multipart, so its CSRF token travels
 * in the action's query string.
 */
@Controller("/platform/goals/import")
@Secured(Role.PLATFORM_ADMIN_NAME)
@Produces(Views.HTML_VALUE)
class GoalImportController {

    private final OfficialTextImport importer;
    private final Views views;

    GoalImportController(OfficialTextImport importer, Views views) {
        this.importer = importer;
        this.views = views;
    }

    /** The upload form. */
    @Get
    HttpResponse<String> form(HttpRequest<?> request) {
        return render(request, HttpStatus.OK, new FormErrors(), "", true, List.of());
    }

    /** Reads the file and shows what changed (or, as a preview, what would change). */
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<String> upload(HttpRequest<?> request, Authentication auth, @Nullable @Part("file") CompletedFileUpload file,
                                @Nullable @Part("lang") String lang, @Nullable @Part("preview") String preview) {
        boolean dryRun = preview != null;
        String language = lang == null ? "" : lang.strip();
        FormErrors errors = new FormErrors();
        if (file == null || file.getSize() == 0) {
            errors.add("file", "goals.import.error.empty");
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, errors, language, dryRun, List.of());
        }
        try {
            List<OfficialTextImport.Result> results = importer.importTexts(CurrentUser.of(auth), file.getBytes(),
                    language, dryRun);
            return render(request, HttpStatus.OK, errors, language, dryRun, results);
        } catch (InvalidRequestException e) {
            errors.add(e.messageKey().endsWith("language") ? "lang" : "file", e.messageKey());
        } catch (IOException e) {
            errors.add("file", "goals.import.error.format");
        }
        return render(request, HttpStatus.UNPROCESSABLE_ENTITY, errors, language, dryRun, List.of());
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, FormErrors errors, String lang,
                                        boolean preview, List<OfficialTextImport.Result> results) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("formLang", lang);
        model.put("preview", preview);
        model.put("results", results);
        model.put("maxMegabytes", OfficialTextImport.MAX_BYTES / (1024 * 1024));
        return views.page(request, status, "goals/import", model);
    }
}
