package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.util.List;

/**
 * The trend over the last values (at most {@link #WINDOW}, at least three): the least-squares slope as a share of
 * the mean per year, an arrow up, down or flat (a change under {@link #FLAT} a year is flat), marked good or bad
 * by the desired direction; and the line projected to the target year with its 90 % prediction interval.
 */
public record Trend(Arrow arrow, boolean good, double slope, @Nullable Projection projection) {

    static final int WINDOW = 5;
    static final int MIN_POINTS = 3;
    static final double FLAT = 0.005;

    public enum Arrow {
        UP("↑"), DOWN("↓"), FLAT("→");

        private final String icon;

        Arrow(String icon) {
            this.icon = icon;
        }

        public String icon() {
            return icon;
        }
    }

    /** Where the line reaches in {@code year}, and the interval it probably falls in. */
    public record Projection(int year, double value, double low, double high) {
    }

    /** The trend of these values (oldest first), projected to {@code toYear} when given; null with too few. */
    static @Nullable Trend of(List<ProgressMethod.Point> values, Direction direction, @Nullable Integer toYear) {
        if (values.size() < MIN_POINTS) {
            return null;
        }
        List<ProgressMethod.Point> last = values.subList(Math.max(0, values.size() - WINDOW), values.size());
        SimpleRegression regression = new SimpleRegression();
        double sum = 0;
        for (ProgressMethod.Point p : last) {
            regression.addData(p.year(), p.value());
            sum += p.value();
        }
        double mean = sum / last.size();
        double slope = regression.getSlope();
        double relative = mean == 0 ? slope : slope / Math.abs(mean);
        Arrow arrow = Math.abs(relative) < FLAT ? Arrow.FLAT : relative > 0 ? Arrow.UP : Arrow.DOWN;
        boolean good = arrow == Arrow.FLAT ? false : (arrow == Arrow.UP) == (direction == Direction.HIGHER);
        Projection projection = toYear == null ? null : project(regression, last, toYear);
        return new Trend(arrow, good, slope, projection);
    }

    /** The prediction interval of a new value at x0: t * s * sqrt(1 + 1/n + (x0 - mean x)^2 / Sxx). */
    private static Projection project(SimpleRegression regression, List<ProgressMethod.Point> points, int year) {
        double value = regression.predict(year);
        long n = regression.getN();
        double meanX = points.stream().mapToInt(ProgressMethod.Point::year).average().orElse(year);
        double s = Math.sqrt(regression.getMeanSquareError());
        double t = new TDistribution(n - 2).inverseCumulativeProbability(0.95);
        double half = t * s * Math.sqrt(1 + 1.0 / n + Math.pow(year - meanX, 2) / regression.getXSumSquares());
        if (Double.isNaN(half)) {
            half = 0;
        }
        return new Projection(year, value, value - half, value + half);
    }
}
