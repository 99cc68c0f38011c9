package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the follow-up shows of an indicator in its latest year: progress against the target (open-sdg's method),
 * the trend and projection, the rank among the comparison group, and the country's value beside it.
 */
public record Signal(ProgressMethod.Progress progress, @Nullable Trend trend, @Nullable Rank rank,
                     @Nullable ProgressMethod.Point base, @Nullable ProgressMethod.Point latest,
                     @Nullable TargetLevelRow target, @Nullable Double national, @Nullable Double comparisonMean) {

    /** Moved away from the target, made limited progress, or its trend goes the wrong way. */
    public boolean deviates() {
        return progress.status().deviates() || (trend != null && trend.arrow() != Trend.Arrow.FLAT && !trend.good());
    }

    /** The signal of an indicator from its values and target levels. */
    static Signal of(IndicatorRow indicator, List<ValueRow> values, List<TargetLevelRow> targets) {
        List<ProgressMethod.Point> own = series(values, ValueRow.OWN);
        if (own.isEmpty()) {
            return new Signal(ProgressMethod.Progress.unknown(), null, null, null, null, first(targets), null, null);
        }
        ProgressMethod.Point latest = own.getLast();
        ProgressMethod.Point base = own.stream().filter(p -> indicator.baselineYear() != null
                && p.year() == indicator.baselineYear()).findFirst().orElse(own.getFirst());
        TargetLevelRow target = targets.stream().filter(t -> t.year() >= latest.year()).findFirst()
                .orElse(targets.isEmpty() ? null : targets.getLast());
        ProgressMethod.Progress progress = base.year() >= latest.year() ? ProgressMethod.Progress.unknown()
                : ProgressMethod.progress(indicator.direction(), base, latest,
                target == null ? null : new ProgressMethod.Point(target.year(), target.value()));
        Trend trend = Trend.of(own, indicator.direction(), target == null ? null : target.year());
        List<Double> comparison = comparison(values, latest.year());
        Rank rank = Rank.of(latest.value(), comparison, indicator.direction());
        Double mean = comparison.isEmpty() ? null : comparison.stream().mapToDouble(d -> d).average().orElse(0);
        return new Signal(progress, trend, rank, base, latest, target,
                IndicatorValues.value(values, ValueRow.NATIONAL, latest.year()), mean);
    }

    private static @Nullable TargetLevelRow first(List<TargetLevelRow> targets) {
        return targets.isEmpty() ? null : targets.getFirst();
    }

    /** One series' total values, oldest first. */
    static List<ProgressMethod.Point> series(List<ValueRow> values, String series) {
        return values.stream().filter(v -> v.series().equals(series) && v.gender().equals(ValueRow.TOTAL))
                .sorted(Comparator.comparingInt(ValueRow::year))
                .map(v -> new ProgressMethod.Point(v.year(), v.value())).toList();
    }

    /** The comparison municipalities' values in a year (not the country, not group means). */
    private static List<Double> comparison(List<ValueRow> values, int year) {
        List<Double> found = new ArrayList<>();
        for (ValueRow v : values) {
            if (v.year() == year && v.gender().equals(ValueRow.TOTAL) && !v.series().equals(ValueRow.OWN)
                    && !v.series().equals(ValueRow.NATIONAL) && !v.series().startsWith("G")) {
                found.add(v.value());
            }
        }
        return found;
    }
}
