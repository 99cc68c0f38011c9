package se.samrad.indicator;

import jakarta.inject.Singleton;
import se.samrad.platform.chart.Chart;
import se.samrad.platform.chart.Charts;
import se.samrad.platform.i18n.Language;
import se.samrad.platform.i18n.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An indicator's line chart, drawn by the shared chart component in a reader's language: own values, the comparison
 * group's mean, Riket, the target line (from the baseline to each target level) and the projection with its 90 %
 * interval in the target year. Only series with figures are drawn; every year between the first and the last is a
 * category, so the distance between years is true to time (a year without figures is left out of the table).
 */
@Singleton
public class IndicatorCharts {

    private final Messages messages;

    IndicatorCharts(Messages messages) {
        this.messages = messages;
    }

    /** The chart of {@code f} in {@code language}, its SVG and table named by the indicator's title. */
    public Chart chart(IndicatorFigures.Figures f, Language language, String id) {
        Map<String, List<ProgressMethod.Point>> series = new LinkedHashMap<>();
        series.put("own", Signal.series(f.values(), ValueRow.OWN));
        series.put("comparison", f.comparisonMeans());
        series.put("national", Signal.series(f.values(), ValueRow.NATIONAL));
        Signal signal = f.signal();
        List<ProgressMethod.Point> target = new ArrayList<>();
        if (signal.base() != null && !f.targets().isEmpty()) {
            target.add(signal.base());
        }
        f.targets().forEach(t -> target.add(new ProgressMethod.Point(t.year(), t.value())));
        series.put("target", target);
        Trend.Projection projection = signal.trend() == null ? null : signal.trend().projection();
        if (projection != null && signal.latest() != null) {
            series.put("projection", List.of(signal.latest(), new ProgressMethod.Point(projection.year(),
                    projection.value())));
        }
        series.values().removeIf(List::isEmpty);

        List<String> keys = List.copyOf(series.keySet());
        Map<Integer, Double[]> years = new TreeMap<>();
        for (int s = 0; s < keys.size(); s++) {
            for (ProgressMethod.Point p : series.get(keys.get(s))) {
                years.computeIfAbsent(p.year(), y -> new Double[keys.size()])[s] = p.value();
            }
        }
        Chart chart = new Charts(language.locale(), language.rtl()).lines(id, f.indicator().title(),
                        messages.get(language, "indicator.chart.desc"),
                        keys.stream().map(k -> messages.get(language, "indicator.series." + k)).toList())
                .axes(f.indicator().unit(), messages.get(language, "indicator.field.year"));
        if (!years.isEmpty()) {
            int first = years.keySet().iterator().next();
            int last = ((TreeMap<Integer, Double[]>) years).lastKey();
            for (int year = first; year <= last; year++) {
                Double[] values = years.get(year);
                chart.point(Integer.toString(year), values == null ? List.of() : Arrays.asList(values));
            }
        }
        if (projection != null && series.containsKey("projection")) {
            chart.interval(keys.indexOf("projection"), messages.get(language, "indicator.series.interval"),
                    Integer.toString(projection.year()), projection.low(), projection.high());
        }
        return chart;
    }
}
