package se.samrad.indicator;

import jakarta.inject.Singleton;
import se.samrad.goals.TargetProjectionSource;
import se.samrad.goals.evidence.Evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The indicators' trends and projections per linked target, for the consequence assessment's do-nothing line. */
@Singleton
class IndicatorProjections implements TargetProjectionSource {

    private final GoalLinkRowRepository links;
    private final IndicatorRowRepository indicators;
    private final IndicatorFigures figures;

    IndicatorProjections(GoalLinkRowRepository links, IndicatorRowRepository indicators, IndicatorFigures figures) {
        this.links = links;
        this.indicators = indicators;
        this.figures = figures;
    }

    @Override
    public List<Projection> projections(long organisationId, Collection<Long> elementIds) {
        if (elementIds.isEmpty()) {
            return List.of();
        }
        List<GoalLinkRow> linked = links.findByOrganisationIdAndElementIdIn(organisationId, elementIds);
        if (linked.isEmpty()) {
            return List.of();
        }
        Map<Long, IndicatorRow> rows = indicators.findByOrganisationIdAndIdIn(organisationId,
                        linked.stream().map(GoalLinkRow::indicatorId).distinct().toList()).stream()
                .collect(Collectors.toMap(IndicatorRow::id, Function.identity()));
        List<Projection> out = new ArrayList<>();
        for (GoalLinkRow link : linked) {
            IndicatorRow row = rows.get(link.indicatorId());
            if (row == null) {
                continue;
            }
            Signal s = figures.of(organisationId, row).signal();
            Trend.Projection p = s.trend() == null ? null : s.trend().projection();
            out.add(new Projection(link.elementId(), row.id(), row.title(), row.unit(), "/indicators/" + row.id(),
                    s.latest() == null ? null : s.latest().year(), s.latest() == null ? null : s.latest().value(),
                    p == null ? null : p.year(), p == null ? null : p.value(),
                    s.target() == null ? null : s.target().value(),
                    Evidence.Progress.valueOf(s.progress().status().name()),
                    s.trend() == null ? null : s.trend().good()));
        }
        return out;
    }
}
