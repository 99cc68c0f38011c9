package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import se.samrad.platform.security.CurrentUser;

import java.util.List;

/** Indicators, their values and signals as JSON for the organisation's staff who may read them. */
@Controller("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
class IndicatorApiController {

    @Serdeable
    record IndicatorJson(long id, @Nullable String koladaId, String title, String unit, Direction direction,
                         String keyword, @Nullable Integer baselineYear, SignalJson signal) {
    }

    @Serdeable
    record SignalJson(ProgressStatus status, @Nullable Double observedRate, @Nullable Double requiredRate,
                      @Nullable Double ratio, @Nullable Integer latestYear, @Nullable Double latestValue,
                      @Nullable Trend.Arrow trend, @Nullable Boolean trendGood, @Nullable Rank rank,
                      @Nullable Integer targetYear, @Nullable Double targetValue) {
    }

    @Serdeable
    record ValueJson(String series, int year, String gender, double value, ValueOrigin origin) {
    }

    @Serdeable
    record DetailJson(IndicatorJson indicator, List<ValueJson> values, List<TargetJson> targets) {
    }

    @Serdeable
    record TargetJson(int year, double value, String note) {
    }

    private final Indicators indicators;
    private final IndicatorFigures figures;
    private final IndicatorPermissions permissions;

    IndicatorApiController(Indicators indicators, IndicatorFigures figures, IndicatorPermissions permissions) {
        this.indicators = indicators;
        this.figures = figures;
        this.permissions = permissions;
    }

    @Get
    List<IndicatorJson> list(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        long organisationId = permissions.requireRead(user);
        return figures.of(organisationId, indicators.all(organisationId)).stream().map(IndicatorApiController::json)
                .toList();
    }

    @Get("/{id}")
    DetailJson indicator(Authentication auth, @PathVariable long id) {
        CurrentUser user = CurrentUser.of(auth);
        long organisationId = permissions.requireRead(user);
        IndicatorFigures.Figures f = figures.of(organisationId, indicators.find(organisationId, id));
        return new DetailJson(json(f), f.values().stream().map(v -> new ValueJson(v.series(), v.year(), v.gender(),
                v.value(), v.origin())).toList(),
                f.targets().stream().map(t -> new TargetJson(t.year(), t.value(), t.note())).toList());
    }

    static IndicatorJson json(IndicatorFigures.Figures f) {
        IndicatorRow i = f.indicator();
        Signal s = f.signal();
        var p = s.progress();
        SignalJson signal = new SignalJson(p.status(), p.observedRate(), p.requiredRate(), p.ratio(),
                s.latest() == null ? null : s.latest().year(), s.latest() == null ? null : s.latest().value(),
                s.trend() == null ? null : s.trend().arrow(), s.trend() == null ? null : s.trend().good(), s.rank(),
                s.target() == null ? null : s.target().year(), s.target() == null ? null : s.target().value());
        return new IndicatorJson(i.id(), i.koladaId(), i.title(), i.unit(), i.direction(), i.keyword(),
                i.baselineYear(), signal);
    }
}
