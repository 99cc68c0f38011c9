package se.samrad.platform.chart;

import java.util.List;
import java.util.Locale;

/**
 * Makes charts in a page's language (numbers written as it writes them, mirrored for right-to-left); every
 * template has one as {@code charts}: {@code charts.bars("id", title, description).bar(label, count, text)}.
 */
public final class Charts {

    private final Locale locale;
    private final boolean rtl;

    public Charts(Locale locale, boolean rtl) {
        this.locale = locale;
        this.rtl = rtl;
    }

    public Chart bars(String id, String title, String description) {
        return new Chart(Chart.Kind.BARS, id, title, description, locale, rtl, List.of(""));
    }

    public Chart paired(String id, String title, String description, String first, String second) {
        return new Chart(Chart.Kind.PAIRED, id, title, description, locale, rtl, List.of(first, second));
    }

    public Chart lines(String id, String title, String description, List<String> series) {
        return new Chart(Chart.Kind.LINES, id, title, description, locale, rtl, series);
    }

    /**
     * A sparkline (80 × 20) of values in order, for lists where the latest figure is written beside it: hidden from
     * assistive technology unless {@code label} names it. Empty with fewer than two values.
     */
    public String sparkline(List<? extends Number> values, String label) {
        return ChartSvg.sparkline(values, label, rtl);
    }
}
