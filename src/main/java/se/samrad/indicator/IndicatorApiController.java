package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
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

    /** A value sent by another system: the indicator by Samråd id or Kolada id; series OWN when left out. */
    @Serdeable
    record ValueInput(String indicator, @Nullable String series, int year, @Nullable String gender, double value) {
    }

    @Serdeable
    record ReportJson(int added, int changed, int unchanged) {
    }

    @Serdeable
    record FollowUpJson(String group, @Nullable String target, IndicatorJson indicator) {
    }

    private final Indicators indicators;
    private final IndicatorFigures figures;
    private final IndicatorValues values;
    private final FollowUp followUp;
    private final ComparisonAreas areas;
    private final IndicatorPermissions permissions;

    IndicatorApiController(Indicators indicators, IndicatorFigures figures, IndicatorValues values, FollowUp followUp,
                           ComparisonAreas areas, IndicatorPermissions permissions) {
        this.indicators = indicators;
        this.figures = figures;
        this.values = values;
        this.followUp = followUp;
        this.areas = areas;
        this.permissions = permissions;
    }

    /** Stores many values at once (Stratsys, Hypergene exports...); the same values twice change nothing. */
    @Post("/values")
    @Consumes(MediaType.APPLICATION_JSON)
    ReportJson importValues(Authentication auth, @Body List<ValueInput> input) {
        CurrentUser user = CurrentUser.of(auth);
        long organisationId = permissions.requireEdit(user);
        java.util.Map<String, Long> byKey = new java.util.HashMap<>();
        for (IndicatorRow row : indicators.all(organisationId)) {
            byKey.put(Long.toString(row.id()), row.id());
            if (row.koladaId() != null) {
                byKey.put(row.koladaId(), row.id());
            }
        }
        List<IndicatorValues.Entry> entries = new java.util.ArrayList<>();
        for (ValueInput v : input) {
            Long id = byKey.get(v.indicator());
            String series = v.series() == null || v.series().isBlank() ? ValueRow.OWN : v.series().strip();
            String gender = v.gender() == null || v.gender().isBlank() ? ValueRow.TOTAL : v.gender().strip();
            if (id == null || !series.matches("OWN|[0-9]{4}|G[0-9]{1,10}") || !gender.matches("[TKM]")
                    || v.year() < 1900 || v.year() > 2099 || !Double.isFinite(v.value())) {
                throw new InvalidRequestException("indicator.import.error.format");
            }
            entries.add(new IndicatorValues.Entry(id, series, v.year(), gender, v.value()));
        }
        IndicatorValues.Report report = values.write(user, entries, ValueOrigin.FILE, "api");
        return new ReportJson(report.added(), report.changed(), report.unchanged());
    }

    /** The follow-up table's rows for staff who read indicators. */
    @Get("/follow-up")
    List<FollowUpJson> followUp(Authentication auth) {
        return followUp(permissions.requireRead(CurrentUser.of(auth)));
    }

    /** The follow-up an organisation has published, open to anyone (404 when it has not). */
    @Get("/public/{organisationId}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<FollowUpJson> published(@PathVariable long organisationId) {
        if (!areas.settings(organisationId).published()) {
            throw new NotFoundException("follow-up " + organisationId);
        }
        return followUp(organisationId);
    }

    private List<FollowUpJson> followUp(long organisationId) {
        return followUp.groups(organisationId, FollowUp.Grouping.GOAL).stream().flatMap(g -> g.rows().stream()
                .map(r -> new FollowUpJson(g.goal() == null ? "" : g.goal().frameworkKey() + ":" + g.goal().code(),
                        r.target() == null ? null : r.target().frameworkKey() + ":" + r.target().code(),
                        json(r.figures())))).toList();
    }

    @Get
    List<IndicatorJson> list(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        long organisationId = permissions.requireRead(user);
        return figures.summaries(organisationId).stream().map(IndicatorApiController::json)
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
