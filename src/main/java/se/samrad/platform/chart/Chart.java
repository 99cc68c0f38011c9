package se.samrad.platform.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One chart as the server draws it in SVG, with the data it shows as table rows, so the same figures are written
 * out beside the picture for assistive technology and copying. Kinds: bars (a value per label, its count and
 * share written beside the bar), paired bars (two values per label, e.g. respondents against population, with a
 * note in words such as "under-represented"), lines (series over ordered categories such as years) and
 * sparklines. A line chart may also mark intervals (e.g. a projection's 90 % uncertainty in its year: a bar with caps,
 * named in the legend and written in the table's note). The SVG has a title and a description (its accessible name), axis labels, and never relies on
 * colour alone: paired bars differ in fill pattern, lines in dash and marker. Right-to-left languages get the
 * chart mirrored. Templates make charts through {@link Charts} ({@code charts} in every template) and show them
 * with {@code views/charts.ftl}.
 */
public final class Chart {

    public enum Kind { BARS, PAIRED, LINES }

    /** A label's values with their written form (a count and percentage, a value with its unit) and a note. */
    public record Row(String label, List<Double> values, List<String> texts, String note) {

        /** Whether the row has no value and no note (a line chart's year without figures): tables leave it out. */
        public boolean blank() {
            return note.isEmpty() && values.stream().allMatch(java.util.Objects::isNull);
        }
    }

    /** A line chart's interval: drawn in series {@code series}' style at a category from {@code low} to {@code high}. */
    public record Interval(int series, String name, String category, double low, double high) {
    }

    private final Kind kind;
    private final String id;
    private final String title;
    private final String description;
    private final Locale locale;
    private final boolean rtl;
    private final List<String> series;
    private final List<Row> rows = new ArrayList<>();
    private final List<Interval> intervals = new ArrayList<>();
    private String valueAxis = "";
    private String categoryAxis = "";

    Chart(Kind kind, String id, String title, String description, Locale locale, boolean rtl, List<String> series) {
        this.kind = kind;
        this.id = id.replaceAll("[^A-Za-z0-9_-]", "-");
        this.title = title == null ? "" : title;
        this.description = description == null ? "" : description;
        this.locale = locale;
        this.rtl = rtl;
        this.series = List.copyOf(series);
    }

    /** Names the axes: the values' (e.g. "answers") and the labels' or categories' (e.g. "year"). */
    public Chart axes(String values, String categories) {
        this.valueAxis = values == null ? "" : values;
        this.categoryAxis = categories == null ? "" : categories;
        return this;
    }

    /** A bar: its label, its value and how the value is written beside it ("12 (40 %)"). */
    public Chart bar(String label, Number value, String text) {
        return bar(label, value, text, "");
    }

    public Chart bar(String label, Number value, String text, String note) {
        requireKind(Kind.BARS);
        rows.add(new Row(label, List.of(value(value)), List.of(text(value, text)), note == null ? "" : note));
        return this;
    }

    /** A pair of bars for one label (first and second series), each written out, and a note in words. */
    public Chart pair(String label, Number first, String firstText, Number second, String secondText, String note) {
        requireKind(Kind.PAIRED);
        rows.add(new Row(label, List.of(value(first), value(second)),
                List.of(text(first, firstText), text(second, secondText)), note == null ? "" : note));
        return this;
    }

    /** A category of a line chart (e.g. a year) and each series' value there; a missing value is null. */
    public Chart point(String category, List<? extends Number> values) {
        requireKind(Kind.LINES);
        List<Double> v = new ArrayList<>();
        List<String> t = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Number n = i < values.size() ? values.get(i) : null;
            v.add(n == null ? null : n.doubleValue());
            t.add(n == null ? "–" : format(n.doubleValue()));
        }
        rows.add(new Row(category, Collections.unmodifiableList(v), List.copyOf(t), ""));
        return this;
    }

    /**
     * An interval of series {@code series} at {@code category} (added as a category when it has none yet): drawn as
     * a bar with caps, named {@code name} in the legend, and written in the category's note ("name: low–high").
     */
    public Chart interval(int series, String name, String category, Number low, Number high) {
        requireKind(Kind.LINES);
        double lo = Math.min(low.doubleValue(), high.doubleValue());
        double hi = Math.max(low.doubleValue(), high.doubleValue());
        intervals.add(new Interval(series, name, category, lo, hi));
        String text = name + ": " + format(lo) + "–" + format(hi);
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).label().equals(category)) {
                at = i;
            }
        }
        if (at < 0) {
            point(category, List.of());
            at = rows.size() - 1;
        }
        Row row = rows.get(at);
        rows.set(at, new Row(row.label(), row.values(), row.texts(), row.note().isEmpty() ? text : row.note() + "; " + text));
        return this;
    }

    private void requireKind(Kind wanted) {
        if (kind != wanted) {
            throw new IllegalStateException("a " + kind + " chart takes no " + wanted + " data");
        }
    }

    private static double value(Number n) {
        return n == null ? 0 : Math.max(0, n.doubleValue());
    }

    private String text(Number n, String text) {
        return text == null || text.isBlank() ? format(n == null ? 0 : n.doubleValue()) : text;
    }

    String format(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    /** The chart as SVG: {@code role="img"} named by its title and described by its description. */
    public String svg() {
        return new ChartSvg(this).draw();
    }

    public Kind kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public boolean rtl() {
        return rtl;
    }

    /** The series' names (paired bars, lines); one empty name for plain bars. */
    public List<String> series() {
        return series;
    }

    /** The data as the table beside the chart shows it, in the chart's order. */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** A line chart's intervals, in the order added. */
    public List<Interval> intervals() {
        return Collections.unmodifiableList(intervals);
    }

    public String valueAxis() {
        return valueAxis;
    }

    public String categoryAxis() {
        return categoryAxis;
    }

    /** The largest value (at least 1), which the longest bar or the top of the axis shows. */
    double max() {
        double max = 0;
        for (Row row : rows) {
            for (Double v : row.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        return max <= 0 ? 1 : max;
    }
}
