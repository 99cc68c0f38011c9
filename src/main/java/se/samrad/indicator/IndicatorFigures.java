package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An indicator with everything the pages, the follow-up table, the API and the evidence show of it: its values,
 * target levels, signal, the chart's table ({@link IndicatorCharts} draws the chart) and the own values for a
 * sparkline. Read once per request for many indicators at a time.
 */
@Singleton
public class IndicatorFigures {

    /** One indicator's figures. */
    public record Figures(IndicatorRow indicator, List<ValueRow> values, List<TargetLevelRow> targets, Signal signal,
                          List<Double> sparkline) {

        /**
         * The chart's data as table rows: year, own, comparison group mean, country, target level, and in the
         * projection's year the projected value with its 90 % interval.
         */
        public List<Row> table() {
            Map<Integer, Double> comparison = new TreeMap<>();
            comparisonMeans().forEach(p -> comparison.put(p.year(), p.value()));
            TreeSet<Integer> years = new TreeSet<>();
            values.forEach(v -> years.add(v.year()));
            targets.forEach(t -> years.add(t.year()));
            Trend.Projection projection = signal.trend() == null ? null : signal.trend().projection();
            if (projection != null) {
                years.add(projection.year());
            }
            List<Row> rows = new ArrayList<>();
            for (int year : years) {
                Double target = targets.stream().filter(t -> t.year() == year).map(TargetLevelRow::value)
                        .findFirst().orElse(null);
                rows.add(new Row(year, text(IndicatorValues.value(values, ValueRow.OWN, year)),
                        text(comparison.get(year)), text(IndicatorValues.value(values, ValueRow.NATIONAL, year)),
                        text(target), projection != null && projection.year() == year ? projection : null));
            }
            return rows;
        }

        /** Per year, the mean of the comparison municipalities' values (a Kolada group's mean is unweighted too). */
        List<ProgressMethod.Point> comparisonMeans() {
            Map<Integer, double[]> sums = new TreeMap<>();
            for (ValueRow v : values) {
                if (v.gender().equals(ValueRow.TOTAL) && !v.series().equals(ValueRow.OWN)
                        && !v.series().equals(ValueRow.NATIONAL)) {
                    double[] sum = sums.computeIfAbsent(v.year(), y -> new double[2]);
                    sum[0] += v.value();
                    sum[1]++;
                }
            }
            List<ProgressMethod.Point> points = new ArrayList<>();
            sums.forEach((year, sum) -> points.add(new ProgressMethod.Point(year, sum[0] / sum[1])));
            return points;
        }

        /** The comparison series' values in the latest year, for the comparison table. */
        public List<ValueRow> latestComparison() {
            if (signal.latest() == null) {
                return List.of();
            }
            int year = signal.latest().year();
            return values.stream().filter(v -> v.year() == year && v.gender().equals(ValueRow.TOTAL)
                    && !v.series().equals(ValueRow.OWN)).toList();
        }
    }

    /** A row of the chart's table; a blank cell has no value. */
    public record Row(int year, @Nullable Double own, @Nullable Double comparison, @Nullable Double national,
                      @Nullable Double target, Trend.@Nullable Projection projection) {
    }

    private final Indicators indicators;
    private final IndicatorValues values;
    private final SummaryCache summaries;

    IndicatorFigures(Indicators indicators, IndicatorValues values, SummaryCache summaries) {
        this.indicators = indicators;
        this.values = values;
        this.summaries = summaries;
    }

    /**
     * Every indicator of the organisation as lists show it (cached until it changes): the signals are whole, the
     * values only those lists read (own and country every year, the others in the latest year).
     */
    public List<Figures> summaries(long organisationId) {
        return summaries.get(organisationId, id -> of(id, indicators.all(id)));
    }

    public Figures of(long organisationId, IndicatorRow indicator) {
        return figures(indicator, values.of(organisationId, indicator.id()),
                indicators.targets(organisationId, indicator.id()));
    }

    /** The figures of many indicators as lists show them (see {@link #summaries}), read in two queries. */
    public List<Figures> of(long organisationId, List<IndicatorRow> rows) {
        List<Long> ids = rows.stream().map(IndicatorRow::id).toList();
        Map<Long, List<ValueRow>> allValues = values.forLists(organisationId, ids);
        Map<Long, List<TargetLevelRow>> allTargets = indicators.targets(organisationId, ids);
        return rows.stream().map(r -> figures(r, allValues.getOrDefault(r.id(), List.of()),
                allTargets.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Figures figures(IndicatorRow indicator, List<ValueRow> values, List<TargetLevelRow> targets) {
        Signal signal = Signal.of(indicator, values, targets);
        return new Figures(indicator, values, targets, signal,
                Signal.series(values, ValueRow.OWN).stream().map(ProgressMethod.Point::value).toList());
    }

    static @Nullable Double text(@Nullable Double value) {
        return value == null ? null : Numbers.round(value);
    }
}
