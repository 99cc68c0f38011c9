package se.samrad.indicator;

import jakarta.inject.Singleton;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Indicators as evidence: per target, each indicator that follows it with its latest value and year as the label
 * (e.g. "2024: 58 g/portion"), and its progress status and trend typed ({@link Evidence.Progress},
 * {@link Evidence.Trend}) for readers to weigh and translate. The count is the latest value's year.
 */
@Singleton
class IndicatorEvidence implements EvidenceSource {

    static final String KIND = "indicator";

    private final Indicators indicators;
    private final IndicatorFigures figures;

    IndicatorEvidence(Indicators indicators, IndicatorFigures figures) {
        this.indicators = indicators;
        this.figures = figures;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Evidence> evidenceFor(long organisationId, Collection<Long> elementIds) {
        List<GoalLinkRow> links = indicators.linksTo(organisationId, elementIds);
        if (links.isEmpty()) {
            return List.of();
        }
        Map<Long, IndicatorRow> rows = indicators.byId(organisationId,
                links.stream().map(GoalLinkRow::indicatorId).distinct().toList());
        Map<Long, IndicatorFigures.Figures> byId = new java.util.HashMap<>();
        figures.of(organisationId, List.copyOf(rows.values())).forEach(f -> byId.put(f.indicator().id(), f));
        List<Evidence> found = new ArrayList<>();
        for (GoalLinkRow link : links) {
            IndicatorFigures.Figures f = byId.get(link.indicatorId());
            if (f == null) {
                continue;
            }
            found.add(new Evidence(KIND, f.indicator().id(), f.indicator().title(), "/indicators/" + f.indicator().id(),
                    link.elementId(), Evidence.Type.ITEM, label(f), "", latestYear(f), 0, f.indicator().updatedAt(),
                    Evidence.Progress.valueOf(f.signal().progress().status().name()), trend(f.signal())));
        }
        return found;
    }

    /** The latest value with its year and unit, "" without values. */
    static String label(IndicatorFigures.Figures f) {
        Signal s = f.signal();
        return s.latest() == null ? "" : s.latest().year() + ": " + Numbers.text(Numbers.round(s.latest().value()))
                + (f.indicator().unit().isEmpty() ? "" : " " + f.indicator().unit());
    }

    private static Evidence.Trend trend(Signal s) {
        return s.trend() == null ? null : Evidence.Trend.valueOf(s.trend().arrow().name());
    }

    private static long latestYear(IndicatorFigures.Figures f) {
        return f.signal().latest() == null ? 0 : f.signal().latest().year();
    }
}
