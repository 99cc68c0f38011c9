package se.samrad.indicator;

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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormBinder;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.io.IOException;
import java.util.Map;

/**
 * Where the analysis group brings figures in: the organisation's Kolada municipality and comparison group, the
 * Kolada catalogue (file or API), values from files (Kolada's JSON or CSV, Samråd's bulk CSV or XLSX) or fetched
 * from Kolada's API, and picking KPIs from the catalogue to follow.
 */
@Controller("/indicators")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(Views.HTML_VALUE)
class ImportController {

    private final ImportPages pages;
    private final ComparisonAreas areas;
    private final KoladaImport kolada;
    private final FileImport files;
    private final KoladaFormat format;
    private final FormBinder binder;

    ImportController(ImportPages pages, ComparisonAreas areas, KoladaImport kolada, FileImport files,
                     KoladaFormat format, FormBinder binder) {
        this.pages = pages;
        this.areas = areas;
        this.kolada = kolada;
        this.files = files;
        this.format = format;
        this.binder = binder;
    }

    /** The import page: settings, comparison group, files, fetching from Kolada. */
    @Get("/import")
    HttpResponse<String> page(HttpRequest<?> request, Authentication auth) {
        return pages.render(request, HttpStatus.OK, CurrentUser.of(auth), ImportPages.State.blank());
    }

    /** Saves the own Kolada municipality id and whether the follow-up is published. */
    @Post("/import/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> settings(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        FormBinder.Bound<SettingsCommand> bound = binder.bind(body, SettingsCommand.class);
        if (!bound.valid()) {
            return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, user,
                    ImportPages.State.blank().withSettings(bound.command(), bound.errors()));
        }
        areas.configure(user, IndicatorCommand.or(bound.command().koladaMunicipality()), bound.command().published());
        return IndicatorController.redirect("/indicators/import?done=settings-saved");
    }

    /** Adds (or renames) a comparison area. */
    @Post("/import/areas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> area(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        FormBinder.Bound<AreaCommand> bound = binder.bind(body, AreaCommand.class);
        if (!bound.valid()) {
            return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, user, ImportPages.State.blank()
                    .withArea(new AreaCommand(Numbers.field(body, "code"), Numbers.field(body, "areaTitle")),
                            bound.errors()));
        }
        areas.add(user, bound.command());
        return IndicatorController.redirect("/indicators/import?done=area-saved");
    }

    /** Removes a comparison area (its values stay, unnamed). */
    @Post("/import/areas/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeArea(Authentication auth, @Body Map<String, Object> body) {
        areas.remove(CurrentUser.of(auth), Numbers.field(body, "code"));
        return IndicatorController.redirect("/indicators/import?done=area-removed");
    }

    /** Reads Kolada's KPI catalogue from a file ({@code /v3/kpi}'s shape or rKolada's array). */
    @Post("/import/catalogue")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<String> catalogue(HttpRequest<?> request, Authentication auth,
                                   @Nullable @Part("file") CompletedFileUpload file) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        try {
            byte[] content = bytes(file);
            KoladaImport.CatalogueResult result = kolada.catalogue(user, format.kpis(content).items());
            return pages.render(request, HttpStatus.OK, user, ImportPages.State.blank().withCatalogue(result));
        } catch (InvalidRequestException e) {
            return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, user,
                    ImportPages.State.blank().withError("catalogueFile", e.messageKey()));
        }
    }

    /** Fetches the KPI catalogue from Kolada's API. */
    @Post("/import/catalogue/fetch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> fetchCatalogue(HttpRequest<?> request, Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        try {
            return pages.render(request, HttpStatus.OK, user, ImportPages.State.blank()
                    .withCatalogue(kolada.catalogue(user, kolada.fetchCatalogue())));
        } catch (InvalidRequestException e) {
            return pages.render(request, HttpStatus.BAD_GATEWAY, user,
                    ImportPages.State.blank().withError("fetch", e.messageKey()));
        }
    }

    /** Reads values from a file: Kolada's JSON or CSV, or Samråd's bulk CSV or XLSX. */
    @Post("/import/values")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<String> values(HttpRequest<?> request, Authentication auth,
                                @Nullable @Part("file") CompletedFileUpload file) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        try {
            FileImport.Result result = files.importFile(user, bytes(file));
            return pages.render(request, HttpStatus.OK, user, ImportPages.State.blank().withValues(result));
        } catch (InvalidRequestException e) {
            return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, user,
                    ImportPages.State.blank().withError("valuesFile", e.messageKey()));
        }
    }

    /** Kolada's catalogue, searched by id, title or operating area, to pick KPIs to follow. */
    @Get("/kolada")
    HttpResponse<String> search(HttpRequest<?> request, Authentication auth, @Nullable @QueryValue String q) {
        return pages.catalogue(request, HttpStatus.OK, CurrentUser.of(auth), q == null ? "" : q, new FormErrors());
    }

    /** Follows a KPI of the catalogue: a new indicator with Kolada's title and description. */
    @Post("/kolada/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> follow(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(auth);
        pages.permissions().requireEdit(user);
        String kpi = Numbers.field(body, "kpi");
        Direction direction = "LOWER".equals(Numbers.field(body, "direction")) ? Direction.LOWER : Direction.HIGHER;
        try {
            IndicatorRow row = kolada.follow(user, kpi, direction);
            return IndicatorPages.done(row.id(), "followed");
        } catch (InvalidRequestException e) {
            return pages.catalogue(request, HttpStatus.UNPROCESSABLE_ENTITY, user, Numbers.field(body, "q"),
                    new FormErrors().add("kpi-" + kpi, e.messageKey()));
        }
    }

    private static byte[] bytes(@Nullable CompletedFileUpload file) {
        if (file == null || file.getSize() == 0) {
            throw new InvalidRequestException("indicator.import.error.empty");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new InvalidRequestException("indicator.import.error.format");
        }
    }
}
