package se.samrad.platform.chart;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared chart component: named and described SVG, figures written beside bars, a table with the same data. */
class ChartTest {

    private final Charts swedish = new Charts(Locale.forLanguageTag("sv"), false);
    private final Charts arabic = new Charts(Locale.forLanguageTag("ar"), true);

    @Test
    void barsAreNamedDescribedAndCarryTheirLabelAndFigures() {
        Chart chart = swedish.bars("q1", "Hur reser du?", "En stapel per alternativ")
                .axes("Antal svar", "")
                .bar("Cykel", 12, "12 (40 %)")
                .bar("Buss & tåg", 18, "18 (60 %)")
                .bar("Bil <egen>", 0, "0 (0 %)");
        String svg = chart.svg();
        assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"));
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"q1-title q1-desc\""), svg);
        assertTrue(svg.contains("<title id=\"q1-title\">Hur reser du?</title>"), svg);
        assertTrue(svg.contains("<desc id=\"q1-desc\">En stapel per alternativ</desc>"), svg);
        // every label and its count with percentage is written in the picture, escaped
        for (String text : List.of("Cykel", "Buss &amp; tåg", "Bil &lt;egen&gt;", "12 (40 %)", "18 (60 %)", "0 (0 %)", "Antal svar")) {
            assertTrue(svg.contains(">" + text + "<"), text + " in " + svg);
        }
        assertFalse(svg.contains("<egen>"));
        // the longest bar is the largest value; an empty value draws no visible bar
        List<Double> widths = widths(svg);
        assertEquals(3, widths.size());
        assertTrue(widths.get(1) > widths.get(0) && widths.get(2) < 1, widths.toString());
        // the table beside says the same
        assertEquals(List.of("Cykel", "Buss & tåg", "Bil <egen>"), chart.rows().stream().map(Chart.Row::label).toList());
        assertEquals(List.of("12 (40 %)", "18 (60 %)", "0 (0 %)"), chart.rows().stream().map(r -> r.texts().getFirst()).toList());
        assertEquals(List.of(12.0, 18.0, 0.0), chart.rows().stream().map(r -> r.values().getFirst()).toList());
    }

    @Test
    void pairedBarsMarkUnderRepresentedGroupsInWordsAndNameBothSeries() {
        Chart chart = swedish.paired("rep", "Svarande och befolkning", "Par av staplar", "Andel av svaren", "Andel av befolkningen")
                .pair("16–29 år", 8, "8 %", 21, "21 %", "Underrepresenterad")
                .pair("30–64 år", 62, "62 %", 55, "55 %", "");
        String svg = chart.svg();
        assertTrue(svg.contains(">16–29 år – Underrepresenterad<"), svg);
        assertTrue(svg.contains(">30–64 år<"), svg);
        assertTrue(svg.contains(">Andel av svaren<") && svg.contains(">Andel av befolkningen<"), "legend names both series");
        assertTrue(svg.contains("chart__bar--0") && svg.contains("chart__bar--1"));
        assertEquals(4 + 2, widths(svg).size(), "two legend swatches and two bars per group");
        assertEquals(List.of("21 %", "55 %"), chart.rows().stream().map(r -> r.texts().get(1)).toList());
        assertEquals(List.of("Underrepresenterad", ""), chart.rows().stream().map(Chart.Row::note).toList());
        assertEquals(List.of("Andel av svaren", "Andel av befolkningen"), chart.series());
    }

    @Test
    void linesHaveAxesATickPerCategoryAndSeriesToldApartByDashAndMarker() {
        Chart chart = swedish.lines("ind", "Andel förnybar energi", "Kommunen och riket per år", List.of("Kommunen", "Riket"))
                .axes("Procent", "År")
                .point("2020", Arrays.asList(41.5, 50.0))
                .point("2021", Arrays.asList(44.25, null))
                .point("2022", Arrays.asList(47.0, 52.0));
        String svg = chart.svg();
        assertTrue(svg.contains("<title id=\"ind-title\">Andel förnybar energi</title>"));
        assertTrue(svg.contains(">2020<") && svg.contains(">2022<") && svg.contains(">År<") && svg.contains(">Procent<"), svg);
        assertTrue(svg.contains(">Kommunen<") && svg.contains(">Riket<"));
        assertTrue(svg.contains("stroke-dasharray=\"8 5\""), "the second series is dashed");
        assertTrue(svg.contains("<circle") && svg.contains("<rect"), "and has another marker");
        // numbers as the language writes them (decimal comma); a missing value is a dash in the table
        assertEquals(List.of("41,5", "50"), chart.rows().getFirst().texts());
        assertEquals(List.of("44,25", "–"), chart.rows().get(1).texts());
        Matcher polyline = Pattern.compile("<polyline points=\"([^\"]*)\"").matcher(svg);
        assertTrue(polyline.find());
        assertEquals(3, polyline.group(1).split(" ").length);
        assertTrue(polyline.find());
        assertEquals(2, polyline.group(1).split(" ").length, "the gap is skipped");
    }

    @Test
    void anIntervalIsABarWithCapsNamedInTheLegendAndWrittenInTheTable() {
        Chart chart = swedish.lines("p", "Matsvinn", "Per år", List.of("Kommunen", "Framskrivning"))
                .point("2022", Arrays.asList(60, null))
                .point("2023", Arrays.asList(58, 58))
                .point("2024", List.of())
                .point("2025", Arrays.asList(null, 55.5))
                .interval(1, "Osäkerhet (90 %)", "2025", 61, 50.25);
        String svg = chart.svg();
        assertTrue(svg.contains(">Osäkerhet (90 %)<"), "the legend names the interval");
        Matcher interval = Pattern.compile("<g class=\"chart__series chart__series--1 chart__interval\">((<line [^>]*/>){3})</g>")
                .matcher(svg);
        assertTrue(interval.find(), svg);
        // the bar reaches from the low to the high end: past the lowest and highest point of the lines
        Matcher ys = Pattern.compile("y1=\"([0-9.]+)\" y2=\"([0-9.]+)\"").matcher(interval.group(1));
        assertTrue(ys.find());
        double top = Double.parseDouble(ys.group(1));
        double bottom = Double.parseDouble(ys.group(2));
        assertTrue(bottom - top > 100, top + " to " + bottom);
        assertEquals("Osäkerhet (90 %): 50,25–61", chart.rows().get(3).note());
        // a year without figures stays a category (years keep their distance) but is no row of the table
        assertEquals(List.of(false, false, true, false), chart.rows().stream().map(Chart.Row::blank).toList());
        // five series are told apart by dash and marker: the fifth is long-dashed with crosses
        Chart five = swedish.lines("f", "t", "d", List.of("a", "b", "c", "d", "e"))
                .point("1", List.of(1, 2, 3, 4, 5)).point("2", List.of(2, 3, 4, 5, 6));
        assertTrue(five.svg().contains("stroke-dasharray=\"16 6\"") && five.svg().contains("class=\"chart__cross\""));
        // an interval in a year the lines do not reach adds that year
        Chart later = swedish.lines("l", "t", "d", List.of("a")).point("2023", List.of(1))
                .interval(0, "i", "2030", 0, 2);
        assertEquals(List.of("2023", "2030"), later.rows().stream().map(Chart.Row::label).toList());
        // with many years not every one is labelled, but the last (the target year) always is
        Chart years = swedish.lines("y", "t", "d", List.of("a"));
        for (int year = 2015; year <= 2030; year++) {
            years.point(Integer.toString(year), List.of(year - 2000));
        }
        String yearSvg = years.svg();
        assertTrue(yearSvg.contains(">2030<") && yearSvg.contains(">2028<") && !yearSvg.contains(">2029<"), yearSvg);
        assertTrue(swedish.lines("e", "t", "d", List.of("a")).svg().contains("chart--lines"), "an empty chart draws");
        assertThrows(IllegalStateException.class, () -> swedish.bars("x", "t", "d").interval(0, "i", "1", 0, 1));
    }

    @Test
    void rightToLeftMirrorsTheChartAndSparklinesAreHiddenUnlessNamed() {
        String ltr = swedish.bars("a", "t", "d").bar("x", 10, "10").svg();
        String rtl = arabic.bars("a", "t", "d").bar("x", 10, "10").svg();
        assertTrue(rtl.contains("direction=\"rtl\"") && !ltr.contains("direction"));
        assertTrue(ltr.contains("<text x=\"0\"") && rtl.contains("<text x=\"720\""), "labels start at the reading side");
        assertEquals("", swedish.sparkline(List.of(3), ""));
        String hidden = swedish.sparkline(List.of(1, 3, 2), "");
        assertTrue(hidden.contains("aria-hidden=\"true\"") && hidden.contains("points=\"2,18 40,2 78,10\""), hidden);
        assertTrue(swedish.sparkline(List.of(1, 2), "Stiger från 1 till 2").contains("role=\"img\" aria-label=\"Stiger från 1 till 2\""));
        assertThrows(IllegalStateException.class, () -> swedish.bars("b", "t", "d").pair("x", 1, "", 2, "", ""));
    }

    private static List<Double> widths(String svg) {
        Matcher m = Pattern.compile("<rect [^>]*width=\"([0-9.]+)\"").matcher(svg);
        List<Double> widths = new java.util.ArrayList<>();
        while (m.find()) {
            widths.add(Double.parseDouble(m.group(1)));
        }
        return widths;
    }
}
