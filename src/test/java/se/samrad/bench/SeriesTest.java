package se.samrad.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scaling series as the README and whoever reads a run's output see it: lines, a table and a chart. */
class SeriesTest {

    @TempDir
    Path dir;

    @Test
    void eachPointPrintsItsSeriesLineAndTheTableAndChartAreWritten() throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Series series = new Series("trial", "participants", "delivery");
            series.add(250, 3.2, 9.81234, 0.0123).add(500, 4, 12.5, Double.NaN);
            series.finish(dir);
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("SERIES trial size=250 p50_ms=3.2 p99_ms=9.812 cpu_ms_per_unit=0.0123\n"), text);
        assertTrue(text.contains("SERIES trial size=500 p50_ms=4 p99_ms=12.5 cpu_ms_per_unit=NaN\n"), text);

        String table = Files.readString(dir.resolve("bench-trial-series.md"));
        assertTrue(table.startsWith("| participants | p50 ms | p99 ms | CPU ms per delivery |\n|---:|---:|---:|---:|\n"
                + "| 250 | 3.2 | 9.812 | 0.0123 |\n| 500 | 4 | 12.5 | NaN |\n"), table);
        assertTrue(table.contains("`bench/run trial --series`"), table);

        String svg = Files.readString(dir.resolve("bench-trial-series.svg"));
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains("<title id=\"bench-trial-latency-title\">trial: latency against participants</title>"), svg);
        assertTrue(svg.contains("<title id=\"bench-trial-cpu-title\">trial: CPU µs per delivery against participants</title>"),
                svg);
        assertEquals(2, svg.split("role=\"img\"", -1).length - 1, "two charts, each an image with a name");
        assertTrue(svg.contains(">p50 ms</text>") && svg.contains(">p99 ms</text>"), "the latency legend: " + svg);
        // CPU per delivery of a fraction of a millisecond is drawn in microseconds, so that its axis reads
        assertTrue(svg.contains(">CPU µs per delivery</text>") && svg.contains(">microseconds</text>"), svg);
        // the application's chart styles travel with the file, colours written out (no page stylesheet there)
        assertTrue(svg.contains(".chart__series--0 { stroke: #"), svg);
        assertFalse(svg.contains("var(--"), svg);
    }

    @Test
    void figuresKeepFourSignificantDigitsWithoutExponents() {
        assertEquals("0.000123", Series.figure(0.000123));
        assertEquals("1235", Series.figure(1234.5));
        assertEquals("0", Series.figure(0));
        assertEquals("NaN", Series.figure(Double.POSITIVE_INFINITY));
    }
}
