package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import static se.samrad.indicator.IndicatorPages.model;

/** Builds the import page and the Kolada catalogue page. */
@Singleton
class ImportPages {

    /** The import page's forms as typed (or blank), their errors, and the result of what was just done. */
    record State(@Nullable SettingsCommand settings, AreaCommand area, FormErrors errors,
                 KoladaImport.@Nullable CatalogueResult catalogue, FileImport.@Nullable Result values) {

        static State blank() {
            return new State(null, AreaCommand.empty(), new FormErrors(), null, null);
        }

        State withSettings(SettingsCommand typed, FormErrors found) {
            return new State(typed, area, found, catalogue, values);
        }

        State withArea(AreaCommand typed, FormErrors found) {
            return new State(settings, typed, found, catalogue, values);
        }

        State withError(String field, String key) {
            return new State(settings, area, new FormErrors().add(field, key), catalogue, values);
        }

        State withCatalogue(KoladaImport.CatalogueResult result) {
            return new State(settings, area, errors, result, values);
        }

        State withValues(FileImport.Result result) {
            return new State(settings, area, errors, catalogue, result);
        }
    }

    private final ComparisonAreas areas;
    private final KoladaImport kolada;
    private final Indicators indicators;
    private final IndicatorPermissions permissions;
    private final Views views;

    ImportPages(ComparisonAreas areas, KoladaImport kolada, Indicators indicators, IndicatorPermissions permissions,
                Views views) {
        this.areas = areas;
        this.kolada = kolada;
        this.indicators = indicators;
        this.permissions = permissions;
        this.views = views;
    }

    IndicatorPermissions permissions() {
        return permissions;
    }

    HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, CurrentUser user, State state) {
        long organisationId = permissions.requireEdit(user);
        SettingsRow stored = areas.settings(organisationId);
        SettingsCommand settings = state.settings() != null ? state.settings() : new SettingsCommand(
                stored.koladaMunicipality() == null ? "" : stored.koladaMunicipality(), stored.published());
        var model = model("settings", settings, "areaForm", state.area(), "errors", state.errors(),
                "areas", areas.list(organisationId), "canFetch", kolada.canFetch(),
                "indicators", indicators.all(organisationId),
                "done", request.getParameters().get("done", String.class, ""));
        if (state.catalogue() != null) {
            model.put("catalogueResult", state.catalogue());
        }
        if (state.values() != null) {
            model.put("valuesResult", state.values());
        }
        return views.page(request, status, "indicator/import", model);
    }

    HttpResponse<String> catalogue(HttpRequest<?> request, HttpStatus status, CurrentUser user, String query,
                                   FormErrors errors) {
        return views.page(request, status, "indicator/kolada", model("q", query, "hits", kolada.search(user, query),
                "errors", errors, "canEdit", permissions.canEdit(user)));
    }
}
