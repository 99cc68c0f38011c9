package se.samrad.platform.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draws a {@link Chart} as SVG text; every text is escaped, coordinates are written with a dot. */
final class ChartSvg {

    static final int WIDTH = 720;
    private static final int ROW = 58;
    private static final int PAIR_ROW = 84;
    private static final int BAR = 22;
    private static final int TEXT_ROOM = 170;
    private static final String[] DASHES = {"", "8 5", "2 4", "12 4 2 4", "16 6"};

    private final Chart chart;
    private final StringBuilder out = new StringBuilder(2048);

    ChartSvg(Chart chart) {
        this.chart = chart;
    }

    String draw() {
        return switch (chart.kind()) {
            case BARS, PAIRED -> bars();
            case LINES -> lines();
        };
    }

    private void open(int height) {
        String id = chart.id();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart--").append(chart.kind().name()
                        .toLowerCase(Locale.ROOT)).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" focusable=\"false\"").append(chart.rtl() ? " direction=\"rtl\"" : "").append('>');
        out.append("<title id=\"").append(id).append("-title\">").append(esc(chart.title())).append("</title>");
        out.append("<desc id=\"").append(id).append("-desc\">").append(esc(chart.description())).append("</desc>");
    }

    /** x in a left-to-right drawing, mirrored for right to left. */
    private int x(double x) {
        return (int) Math.round(chart.rtl() ? WIDTH - x : x);
    }

    private void text(double x, double y, String cls, String text) {
        out.append("<text x=\"").append(x(x)).append("\" y=\"").append(num(y)).append("\" class=\"").append(cls)
                .append("\">").append(esc(text)).append("</text>");
    }

    private void rect(double x, double y, double w, double h, String cls) {
        double left = chart.rtl() ? WIDTH - x - w : x;
        out.append("<rect x=\"").append(num(left)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" class=\"").append(cls).append("\"/>");
    }

    private String bars() {
        boolean paired = chart.kind() == Chart.Kind.PAIRED;
        int top = paired ? 40 : 6;
        int rowHeight = paired ? PAIR_ROW : ROW;
        int bottom = chart.valueAxis().isEmpty() ? 4 : 30;
        int height = top + chart.rows().size() * rowHeight + bottom;
        open(height);
        if (paired) {
            rect(0, 6, 22, 16, "chart__bar chart__bar--0");
            text(30, 20, "chart__legend", chart.series().get(0));
            rect(WIDTH / 2.0, 6, 22, 16, "chart__bar chart__bar--1");
            text(WIDTH / 2.0 + 30, 20, "chart__legend", chart.series().get(1));
        }
        double scale = (WIDTH - TEXT_ROOM) / chart.max();
        int y = top;
        for (Chart.Row row : chart.rows()) {
            String label = row.note().isEmpty() ? row.label() : row.label() + " – " + row.note();
            text(0, y + 20, "chart__label" + (row.note().isEmpty() ? "" : " chart__label--note"), label);
            for (int s = 0; s < row.values().size(); s++) {
                double top2 = y + 28 + s * (BAR + 4);
                double length = Math.max(row.values().get(s) * scale, row.values().get(s) > 0 ? 2 : 0);
                rect(0, top2, Math.max(length, 0.5), BAR, "chart__bar chart__bar--" + s);
                text(length + 10, top2 + BAR - 5, "chart__value", row.texts().get(s));
            }
            y += rowHeight;
        }
        if (!chart.valueAxis().isEmpty()) {
            text(0, height - 8, "chart__axis", chart.valueAxis());
        }
        return out.append("</svg>").toString();
    }

    private String lines() {
        int left = 70;
        int right = 20;
        int top = 16;
        int plotHeight = 220;
        int legend = 26 * (chart.series().size() + chart.intervals().size());
        int height = top + plotHeight + 56 + legend;
        open(height);
        int plotWidth = WIDTH - left - right;
        List<Chart.Row> rows = chart.rows();
        double[] range = niceRange(rows, chart.intervals());
        double span = range[1] - range[0];
        for (double v = range[0]; v <= range[1] + range[2] / 2; v += range[2]) {
            double y = top + (range[1] - v) * plotHeight / span;
            out.append("<line x1=\"").append(x(left)).append("\" x2=\"").append(x(left + plotWidth)).append("\" y1=\"")
                    .append(num(y)).append("\" y2=\"").append(num(y)).append("\" class=\"chart__grid\"/>");
            out.append("<text x=\"").append(x(left - 8)).append("\" y=\"").append(num(y + 5))
                    .append("\" class=\"chart__tick\" text-anchor=\"end\">").append(esc(chart.format(v))).append("</text>");
        }
        int n = rows.size();
        int step = Math.max(1, (int) Math.ceil(n / 10.0));
        // counted back from the last category, so the latest (e.g. a target year) is always labelled
        for (int i = Math.max(0, (n - 1) % step); i < n; i += step) {
            out.append("<text x=\"").append(x(xAt(i, n, left, plotWidth))).append("\" y=\"").append(top + plotHeight + 22)
                    .append("\" class=\"chart__tick\" text-anchor=\"middle\">").append(esc(rows.get(i).label())).append("</text>");
        }
        if (!chart.categoryAxis().isEmpty()) {
            out.append("<text x=\"").append(x(left + plotWidth / 2.0)).append("\" y=\"").append(top + plotHeight + 46)
                    .append("\" class=\"chart__axis\" text-anchor=\"middle\">").append(esc(chart.categoryAxis())).append("</text>");
        }
        if (!chart.valueAxis().isEmpty()) {
            int ax = x(16);
            out.append("<text transform=\"translate(").append(ax).append(' ').append(top + plotHeight / 2)
                    .append(") rotate(-90)\" class=\"chart__axis\" text-anchor=\"middle\">").append(esc(chart.valueAxis())).append("</text>");
        }
        for (int s = 0; s < chart.series().size(); s++) {
            List<String> points = new ArrayList<>();
            StringBuilder marks = new StringBuilder();
            for (int i = 0; i < n; i++) {
                Double v = rows.get(i).values().get(s);
                if (v == null) {
                    continue;
                }
                int px = x(xAt(i, n, left, plotWidth));
                double py = top + (range[1] - v) * plotHeight / span;
                points.add(px + "," + num(py));
                marks.append(marker(s, px, py));
            }
            String dash = DASHES[s % DASHES.length];
            out.append("<g class=\"chart__series chart__series--").append(s).append("\"><polyline points=\"")
                    .append(String.join(" ", points)).append("\" fill=\"none\"")
                    .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>").append(marks).append("</g>");
            double ly = top + plotHeight + 62 + s * 26;
            out.append("<g class=\"chart__series chart__series--").append(s).append("\"><line x1=\"").append(x(left))
                    .append("\" x2=\"").append(x(left + 36)).append("\" y1=\"").append(num(ly)).append("\" y2=\"").append(num(ly))
                    .append('"').append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>")
                    .append(marker(s, x(left + 18), ly)).append("</g>");
            text(left + 46, ly + 5, "chart__legend", chart.series().get(s));
        }
        intervals(rows, range, top, plotHeight, left, plotWidth);
        return out.append("</svg>").toString();
    }

    /** Each interval as a bar with caps at its category, in its series' style, and named in the legend. */
    private void intervals(List<Chart.Row> rows, double[] range, int top, int plotHeight, int left, int plotWidth) {
        double span = range[1] - range[0];
        List<Chart.Interval> intervals = chart.intervals();
        for (int k = 0; k < intervals.size(); k++) {
            Chart.Interval interval = intervals.get(k);
            int i = 0;
            while (i < rows.size() && !rows.get(i).label().equals(interval.category())) {
                i++;
            }
            int px = x(xAt(i, rows.size(), left, plotWidth));
            double low = top + (range[1] - interval.low()) * plotHeight / span;
            double high = top + (range[1] - interval.high()) * plotHeight / span;
            out.append("<g class=\"chart__series chart__series--").append(interval.series()).append(" chart__interval\">")
                    .append(bar(px, high, low)).append("</g>");
            double ly = top + plotHeight + 62 + (chart.series().size() + k) * 26;
            out.append("<g class=\"chart__series chart__series--").append(interval.series()).append(" chart__interval\">")
                    .append(bar(x(left + 18), ly - 9, ly + 9)).append("</g>");
            text(left + 46, ly + 5, "chart__legend", interval.name());
        }
    }

    /** A vertical bar from {@code y1} to {@code y2} with a cap at each end. */
    private static String bar(double x, double y1, double y2) {
        return "<line x1=\"" + num(x) + "\" x2=\"" + num(x) + "\" y1=\"" + num(y1) + "\" y2=\"" + num(y2) + "\"/>"
                + "<line x1=\"" + num(x - 7) + "\" x2=\"" + num(x + 7) + "\" y1=\"" + num(y1) + "\" y2=\"" + num(y1) + "\"/>"
                + "<line x1=\"" + num(x - 7) + "\" x2=\"" + num(x + 7) + "\" y1=\"" + num(y2) + "\" y2=\"" + num(y2) + "\"/>";
    }

    private static double xAt(int i, int n, int left, int plotWidth) {
        return n <= 1 ? left + plotWidth / 2.0 : left + i * (double) plotWidth / (n - 1);
    }

    /** A series' marker: circle, square, triangle, diamond, cross in turn (shape as well as dash tells them apart). */
    private static String marker(int s, double x, double y) {
        return switch (s % 5) {
            case 0 -> "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"4\"/>";
            case 1 -> "<rect x=\"" + num(x - 4) + "\" y=\"" + num(y - 4) + "\" width=\"8\" height=\"8\"/>";
            case 2 -> "<polygon points=\"" + num(x) + "," + num(y - 5) + " " + num(x + 5) + "," + num(y + 4) + " "
                    + num(x - 5) + "," + num(y + 4) + "\"/>";
            case 3 -> "<polygon points=\"" + num(x) + "," + num(y - 5) + " " + num(x + 5) + "," + num(y) + " "
                    + num(x) + "," + num(y + 5) + " " + num(x - 5) + "," + num(y) + "\"/>";
            default -> "<path class=\"chart__cross\" d=\"M" + num(x - 5) + " " + num(y - 5) + " L" + num(x + 5) + " " + num(y + 5)
                    + " M" + num(x + 5) + " " + num(y - 5) + " L" + num(x - 5) + " " + num(y + 5) + "\"/>";
        };
    }

    /** Low, high and step of a value axis with round numbers, about five steps. */
    static double[] niceRange(List<Chart.Row> rows, List<Chart.Interval> intervals) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Chart.Interval interval : intervals) {
            min = Math.min(min, interval.low());
            max = Math.max(max, interval.high());
        }
        for (Chart.Row row : rows) {
            for (Double v : row.values()) {
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min == Double.MAX_VALUE) {
            min = 0;
            max = 1;
        }
        if (min == max) {
            min -= Math.max(1, Math.abs(min) * 0.1);
            max += Math.max(1, Math.abs(max) * 0.1);
        }
        double raw = (max - min) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        double step = magnitude * (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10);
        return new double[]{Math.floor(min / step) * step, Math.ceil(max / step) * step, step};
    }

    static String sparkline(List<? extends Number> values, String label, boolean rtl) {
        List<Double> v = values.stream().filter(java.util.Objects::nonNull).map(Number::doubleValue).toList();
        if (v.size() < 2) {
            return "";
        }
        double min = v.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = v.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < v.size(); i++) {
            double x = 2 + i * 76.0 / (v.size() - 1);
            double y = max == min ? 10 : 2 + (max - v.get(i)) * 16 / (max - min);
            points.append(points.isEmpty() ? "" : " ").append(num(rtl ? 80 - x : x)).append(',').append(num(y));
        }
        boolean named = label != null && !label.isBlank();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" viewBox=\"0 0 80 20\" width=\"80\" height=\"20\" focusable=\"false\""
                + (named ? " role=\"img\" aria-label=\"" + esc(label) + "\"" : " aria-hidden=\"true\"")
                + "><polyline points=\"" + points + "\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"/></svg>";
    }

    static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
