package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of an indicator's line chart as the page draws it in SVG: one line per series (own values,
 * comparison group, country), the target levels as marked points and the projection as a dashed line. Each line
 * has its own dash pattern and marker shape and is named in the legend and in the table under the chart, so
 * colour never carries it alone.
 */
public record LineChart(int width, int height, int left, int top, int plotWidth, int plotHeight,
                        List<Tick> xTicks, List<Tick> yTicks, List<Line> lines) {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final int LEFT = 64;
    static final int TOP = 16;
    static final int RIGHT = 16;
    static final int BOTTOM = 40;

    public record Tick(int position, String label) {
    }

    public record Mark(int x, int y, String label) {
    }

    /** A series: its key (own, comparison, national, target, projection), the polyline and its marks. */
    public record Line(String key, String points, List<Mark> marks) {
    }

    /** A series to draw: its key and its points (year, value). */
    record Input(String key, List<ProgressMethod.Point> points) {
    }

    static LineChart of(List<Input> inputs) {
        List<ProgressMethod.Point> all = inputs.stream().flatMap(i -> i.points().stream()).toList();
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        if (all.isEmpty()) {
            return new LineChart(WIDTH, HEIGHT, LEFT, TOP, plotWidth, plotHeight, List.of(), List.of(), List.of());
        }
        int minYear = all.stream().mapToInt(ProgressMethod.Point::year).min().orElseThrow();
        int maxYear = Math.max(minYear + 1, all.stream().mapToInt(ProgressMethod.Point::year).max().orElseThrow());
        double[] range = niceRange(all.stream().mapToDouble(ProgressMethod.Point::value).min().orElseThrow(),
                all.stream().mapToDouble(ProgressMethod.Point::value).max().orElseThrow());
        Scale scale = new Scale(minYear, maxYear, range[0], range[1], plotWidth, plotHeight);
        List<Line> lines = new ArrayList<>();
        for (Input input : inputs) {
            if (input.points().isEmpty()) {
                continue;
            }
            StringBuilder points = new StringBuilder();
            List<Mark> marks = new ArrayList<>();
            for (ProgressMethod.Point p : input.points()) {
                int x = scale.x(p.year());
                int y = scale.y(p.value());
                points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
                marks.add(new Mark(x, y, p.year() + ": " + Numbers.text(round(p.value()))));
            }
            lines.add(new Line(input.key(), points.toString(), marks));
        }
        return new LineChart(WIDTH, HEIGHT, LEFT, TOP, plotWidth, plotHeight, xTicks(scale, minYear, maxYear),
                yTicks(scale, range), lines);
    }

    private record Scale(int minYear, int maxYear, double low, double high, int width, int height) {
        int x(int year) {
            return LEFT + (int) Math.round((year - minYear) * (double) width / (maxYear - minYear));
        }

        int y(double value) {
            return TOP + (int) Math.round((high - value) * height / (high - low));
        }
    }

    private static List<Tick> xTicks(Scale scale, int minYear, int maxYear) {
        int step = Math.max(1, (int) Math.ceil((maxYear - minYear) / 8.0));
        List<Tick> ticks = new ArrayList<>();
        for (int year = minYear; year <= maxYear; year += step) {
            ticks.add(new Tick(scale.x(year), Integer.toString(year)));
        }
        return ticks;
    }

    private static List<Tick> yTicks(Scale scale, double[] range) {
        List<Tick> ticks = new ArrayList<>();
        for (double v = range[0]; v <= range[1] + range[2] / 2; v += range[2]) {
            ticks.add(new Tick(scale.y(v), Numbers.text(round(v))));
        }
        return ticks;
    }

    /** Low, high and step of a value axis with round numbers, about five steps. */
    static double[] niceRange(double min, double max) {
        if (min == max) {
            min = min - Math.max(1, Math.abs(min) * 0.1);
            max = max + Math.max(1, Math.abs(max) * 0.1);
        }
        double raw = (max - min) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude <= 1 ? 1 : raw / magnitude <= 2 ? 2 : raw / magnitude <= 5 ? 5 : 10);
        double low = Math.floor(min / step) * step;
        double high = Math.ceil(max / step) * step;
        return new double[]{low, high, step};
    }

    static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.2f", value));
    }

    /** A sparkline's polyline (80 × 20) for lists; null with fewer than two values. */
    static @Nullable String sparkline(List<ProgressMethod.Point> points) {
        if (points.size() < 2) {
            return null;
        }
        double min = points.stream().mapToDouble(ProgressMethod.Point::value).min().orElseThrow();
        double max = points.stream().mapToDouble(ProgressMethod.Point::value).max().orElseThrow();
        int first = points.getFirst().year();
        int span = Math.max(1, points.getLast().year() - first);
        StringBuilder out = new StringBuilder();
        for (ProgressMethod.Point p : points) {
            int x = 2 + (int) Math.round((p.year() - first) * 76.0 / span);
            int y = max == min ? 10 : 2 + (int) Math.round((max - p.value()) * 16 / (max - min));
            out.append(out.isEmpty() ? "" : " ").append(x).append(',').append(y);
        }
        return out.toString();
    }
}
