package se.samrad.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samrad.platform.chart.Chart;
import se.samrad.platform.chart.Charts;

/**
 * A benchmark's scaling series (issue 23, {@code bench/run <name> --series}): how latency and CPU per unit of work
 * grow with the size of the work. The one component every benchmark's series goes through:
 * <pre>{@code
 * Series s = new Series("dialogue", "responses", "response");
 * for (int size : sizes) {
 *     ... measure at size ...
 *     s.add(size, p50Ms, p99Ms, cpuMsPerResponse);   // prints "SERIES dialogue size=... p50_ms=..." at once
 * }
 * s.finish();   // prints the table, writes docs/img/bench-dialogue-series.svg and .md
 * }</pre>
 * CPU per unit is best measured as the server's process CPU ({@link #cpuMillis(long)} before and after a phase,
 * divided by the units of work done), plus the load generator's own ({@link #ownCpuMillis()}) where it does real
 * work: on shared cores CPU time says what the work costs where latency does not.
 *
 * <p>The chart is drawn by the application's own {@link Charts} (lines, with a title, a description and the
 * figures as a table beside it), two panels in one SVG: latency (p50, p99) and CPU per unit against size, with the
 * application's chart styles from {@code frontend/css/samrad.css} inlined so the file stands alone in the README.
 */
public final class Series {

    /** Where the SVG chart and the markdown table go, relative to the project (bench/run runs from there). */
    static final Path OUT = Path.of("docs", "img");
    private static final Pattern HEIGHT = Pattern.compile("viewBox=\"0 0 \\d+ (\\d+)\"");
    private static final Pattern VARIABLE = Pattern.compile("^\\s*(--[\\w-]+):\\s*([^;]+);");
    private static final Pattern USE = Pattern.compile("var\\((--[\\w-]+)\\)");

    /** One measured size. */
    public record Point(long size, double p50Ms, double p99Ms, double cpuMsPerUnit) {
    }

    private final String name;
    private final String sizeLabel;
    private final String unit;
    private final List<Point> points = new ArrayList<>();

    /** A series of benchmark {@code name} (e.g. "workshop") whose size is counted in {@code sizeLabel}. */
    public Series(String name, String sizeLabel) {
        this(name, sizeLabel, "unit");
    }

    /** As above, naming the unit of work the CPU is divided by (e.g. "delivery", "response", "query"). */
    public Series(String name, String sizeLabel, String unit) {
        this.name = name;
        this.sizeLabel = sizeLabel;
        this.unit = unit;
    }

    /** Whether this run is a series ({@code bench/run <name> --series}, i.e. {@code -Dbench.series=true}). */
    public static boolean enabled() {
        return Boolean.getBoolean("bench.series");
    }

    /** Adds a measured size and prints its {@code SERIES <name> size=.. p50_ms=.. p99_ms=.. cpu_ms_per_unit=..} line. */
    public Series add(long size, double p50Ms, double p99Ms, double cpuMsPerUnit) {
        Point point = new Point(size, p50Ms, p99Ms, cpuMsPerUnit);
        points.add(point);
        System.out.printf(Locale.ROOT, "SERIES %s size=%d p50_ms=%s p99_ms=%s cpu_ms_per_unit=%s%n", name, size,
                figure(p50Ms), figure(p99Ms), figure(cpuMsPerUnit));
        return this;
    }

    /** The points so far, in the order added. */
    public List<Point> points() {
        return List.copyOf(points);
    }

    /**
     * Prints the series as a table and writes {@code docs/img/bench-<name>-series.svg} (the chart) and
     * {@code docs/img/bench-<name>-series.md} (the same figures as a markdown table, with the date and cores).
     */
    public void finish() throws IOException {
        finish(OUT);
    }

    /** As {@link #finish()}, writing the chart and the table into {@code directory}. */
    void finish(Path directory) throws IOException {
        System.out.printf("bench: %s series%n", name);
        System.out.printf("  %12s %10s %10s %22s%n", sizeLabel, "p50 ms", "p99 ms", "CPU ms per " + unit);
        for (Point p : points) {
            System.out.printf(Locale.ROOT, "  %12d %10s %10s %22s%n", p.size(), figure(p.p50Ms()), figure(p.p99Ms()),
                    figure(p.cpuMsPerUnit()));
        }
        Files.createDirectories(directory);
        Path svg = directory.resolve("bench-" + name + "-series.svg");
        Path md = directory.resolve("bench-" + name + "-series.md");
        Files.writeString(svg, svg());
        Files.writeString(md, markdown());
        System.out.printf("bench: wrote %s and %s%n", svg, md);
    }

    /** The markdown table of the series, with a line saying when and on how many cores it was taken. */
    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| ").append(sizeLabel).append(" | p50 ms | p99 ms | CPU ms per ").append(unit).append(" |\n");
        b.append("|---:|---:|---:|---:|\n");
        for (Point p : points) {
            b.append("| ").append(p.size()).append(" | ").append(figure(p.p50Ms())).append(" | ")
                    .append(figure(p.p99Ms())).append(" | ").append(figure(p.cpuMsPerUnit())).append(" |\n");
        }
        b.append("\n`bench/run ").append(name).append(" --series`, ").append(LocalDate.now(ZoneOffset.UTC))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores.\n");
        return b.toString();
    }

    /** Two line charts in one standalone SVG: latency against size, then CPU per unit against size. */
    String svg() throws IOException {
        Charts charts = new Charts(Locale.ENGLISH, false);
        Chart latency = charts.lines("bench-" + name + "-latency", name + ": latency against " + sizeLabel,
                        "p50 and p99 in milliseconds at each number of " + sizeLabel + "; the table "
                                + "bench-" + name + "-series.md has the same figures.", List.of("p50 ms", "p99 ms"))
                .axes("milliseconds", sizeLabel);
        // CPU per unit is often a fraction of a millisecond: written in microseconds then, so the axis reads.
        double most = points.stream().mapToDouble(Point::cpuMsPerUnit).filter(Double::isFinite).max().orElse(0);
        boolean micro = most < 0.1;
        String cpuUnit = (micro ? "CPU µs per " : "CPU ms per ") + unit;
        Chart cpu = charts.lines("bench-" + name + "-cpu", name + ": " + cpuUnit + " against " + sizeLabel,
                        cpuUnit + " (server, and load generator where it counts) at each number of " + sizeLabel
                                + ".", List.of(cpuUnit))
                .axes(micro ? "microseconds" : "milliseconds", sizeLabel);
        for (Point p : points) {
            String size = Long.toString(p.size());
            latency.point(size, java.util.Arrays.asList(finite(p.p50Ms()), finite(p.p99Ms())));
            Double c = finite(p.cpuMsPerUnit());
            cpu.point(size, java.util.Collections.singletonList(c == null ? null : micro ? c * 1000 : c));
        }
        String first = nested(latency.svg(), 0);
        int top = height(first) + 24;
        String second = nested(cpu.svg(), top);
        int total = top + height(second);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 " + total + "\" width=\"720\" height=\""
                + total + "\"><title>" + esc(name + " benchmark series: latency and CPU per " + unit + " against "
                + sizeLabel) + "</title><style>" + styles() + "</style>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>" + first + second + "</svg>\n";
    }

    private static String nested(String svg, int y) {
        int height = height(svg);
        return svg.replaceFirst("^<svg xmlns=\"http://www.w3.org/2000/svg\" ",
                "<svg x=\"0\" y=\"" + y + "\" width=\"720\" height=\"" + height + "\" ");
    }

    private static int height(String svg) {
        Matcher m = HEIGHT.matcher(svg);
        if (!m.find()) {
            throw new IllegalStateException("a chart without a viewBox");
        }
        return Integer.parseInt(m.group(1));
    }

    /**
     * The application's chart rules ({@code .chart__…} in {@code frontend/css/samrad.css}) with its colour
     * variables written out, since an SVG shown as an image has no page stylesheet.
     */
    private static String styles() throws IOException {
        Path css = Path.of("frontend", "css", "samrad.css");
        Map<String, String> variables = new HashMap<>();
        StringBuilder rules = new StringBuilder("text{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}");
        boolean root = false;
        for (String line : Files.readAllLines(css)) {
            if (line.startsWith(":root")) {
                root = true;
            } else if (root && line.startsWith("}")) {
                root = false;
            } else if (root) {
                Matcher v = VARIABLE.matcher(line);
                if (v.find()) {
                    variables.putIfAbsent(v.group(1), v.group(2).trim());
                }
            } else if (line.startsWith(".chart__")) {
                Matcher use = USE.matcher(line);
                rules.append(use.replaceAll(m -> Matcher.quoteReplacement(variables.getOrDefault(m.group(1), "#000"))));
            }
        }
        return rules.toString();
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** A figure with four significant digits and no exponent ("NaN" when not measured). */
    static String figure(double v) {
        if (!Double.isFinite(v)) {
            return "NaN";
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** The series' sizes: {@code bench.series.sizes} (comma-separated), else {@code defaults}. */
    public static List<Long> sizes(List<Long> defaults) {
        String given = System.getProperty("bench.series.sizes", "").strip();
        return given.isEmpty() ? defaults : Arrays.stream(given.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    /** User and system CPU time so far of process {@code pid}, in milliseconds, from {@code /proc/<pid>/stat}. */
    public static double cpuMillis(long pid) {
        return procCpuMillis(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** This JVM's (the load generator's) user and system CPU time so far, in milliseconds. */
    public static double ownCpuMillis() {
        return procCpuMillis(Path.of("/proc", "self", "stat"));
    }

    /** utime + stime (fields 14 and 15, in clock ticks of 10 ms on Linux); NaN where there is no /proc. */
    private static double procCpuMillis(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
