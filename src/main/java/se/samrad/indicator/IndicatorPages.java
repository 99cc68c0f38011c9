package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the indicator pages, so controllers stay thin and never need each other. */
@Singleton
class IndicatorPages {

    /** The forms on an indicator's page, one of them possibly as typed with its errors. */
    record Forms(ValueCommand value, TargetCommand target, FormErrors errors) {
        static Forms blank() {
            return new Forms(ValueCommand.empty(), TargetCommand.empty(), new FormErrors());
        }
    }

    private final Indicators indicators;
    private final IndicatorFigures figures;
    private final ComparisonAreas areas;
    private final IndicatorPermissions permissions;
    private final Views views;
    private final IndicatorInputs inputs;
    private final IndicatorCharts charts;
    private final java.util.List<se.samrad.goals.FollowUpActionSource> actions;

    IndicatorPages(Indicators indicators, IndicatorFigures figures, ComparisonAreas areas,
                   IndicatorPermissions permissions, Views views, IndicatorInputs inputs, IndicatorCharts charts,
                   java.util.List<se.samrad.goals.FollowUpActionSource> actions) {
        this.charts = charts;
        this.actions = actions;
        this.inputs = inputs;
        this.indicators = indicators;
        this.figures = figures;
        this.areas = areas;
        this.permissions = permissions;
        this.views = views;
    }

    IndicatorPermissions permissions() {
        return permissions;
    }

    HttpResponse<String> index(HttpRequest<?> request, CurrentUser user) {
        long organisationId = permissions.requireRead(user);
        return views.page(request, "indicator/index", model("items",
                figures.summaries(organisationId), "canEdit", permissions.canEdit(user),
                "done", request.getParameters().get("done", String.class, "")));
    }

    HttpResponse<String> form(HttpRequest<?> request, HttpStatus status, CurrentUser user,
                              @Nullable IndicatorRow row, IndicatorCommand form, FormErrors errors) {
        long organisationId = permissions.requireEdit(user);
        Map<String, Object> model = model("form", form, "errors", errors,
                "directions", Arrays.stream(Direction.values()).map(Enum::name).toList(),
                "units", indicators.units(organisationId));
        if (row != null) {
            model.put("indicator", row);
        }
        return views.page(request, status, "indicator/edit", model);
    }

    HttpResponse<String> indicator(HttpRequest<?> request, HttpStatus status, CurrentUser user, long id, Forms forms) {
        long organisationId = permissions.requireRead(user);
        IndicatorRow row = indicators.find(organisationId, id);
        IndicatorFigures.Figures f = figures.of(organisationId, row);
        String unitName = row.unitId() == null ? "" : indicators.units(organisationId).stream()
                .filter(u -> u.id().equals(row.unitId())).map(u -> u.name()).findFirst().orElse("");
        return views.page(request, status, "indicator/indicator", model("indicator", row, "figures", f,
                "chart", charts.chart(f, views.language(request), "indicator-chart"), "goals", indicators.goals(organisationId, id), "unitName", unitName,
                "areas", areas.titles(organisationId), "valueForm", forms.value(), "targetForm", forms.target(),
                "errors", forms.errors(), "canEdit", permissions.canEdit(user),
                "inputs", inputs.linked(organisationId, id), "startable", inputs.startable(user),
                "actions", actions.stream().flatMap(a -> a.actionsFor(organisationId, id).stream()).toList(),
                "done", request.getParameters().get("done", String.class, "")));
    }

    static HttpResponse<?> done(long id, String what) {
        return HttpResponse.seeOther(URI.create("/indicators/" + id + "?done=" + what));
    }

    static Map<String, Object> model(Object... keyValues) {
        Map<String, Object> model = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            model.put((String) keyValues[i], keyValues[i + 1]);
        }
        return model;
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
