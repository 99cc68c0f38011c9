package se.samrad.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** open-sdg's progress status (Statistics Canada's CAGR method), the trend and the rank, with worked numbers. */
class ProgressMethodTest {

    static ProgressMethod.Point p(int year, double value) {
        return new ProgressMethod.Point(year, value);
    }

    @Test
    void theGrowthRateIsCompoundAndAnnual() {
        // 100 -> 121 over two years is 10 % a year: 1.1 * 1.1 = 1.21.
        assertEquals(0.10, ProgressMethod.cagr(p(2015, 100), p(2017, 121)), 1e-12);
        // Undefined from zero, across a sign change, or within one year.
        assertNull(ProgressMethod.cagr(p(2015, 0), p(2017, 5)));
        assertNull(ProgressMethod.cagr(p(2015, -2), p(2017, 5)));
        assertNull(ProgressMethod.cagr(p(2015, 3), p(2015, 5)));
    }

    @Test
    void withATargetTheObservedRateIsComparedWithTheRateNeeded() {
        // Higher is better: 50 in 2015, 55 in 2020, target 80 in 2030.
        // Observed: (55/50)^(1/5) - 1 = 1.9245 %; needed: (80/50)^(1/15) - 1 = 3.1830 %; R = 0.6046 -> 60-95 %.
        var progress = ProgressMethod.progress(Direction.HIGHER, p(2015, 50), p(2020, 55), p(2030, 80));
        assertEquals(0.019245, progress.observedRate(), 1e-6);
        assertEquals(0.031830, progress.requiredRate(), 1e-6);
        assertEquals(0.6046, progress.ratio(), 1e-4);
        assertEquals(ProgressStatus.NEEDS_ACCELERATION, progress.status());

        // Same start and target, 52 in 2020: 0.7875 % a year, R = 0.2474 -> limited progress.
        assertEquals(ProgressStatus.LIMITED_PROGRESS,
                ProgressMethod.progress(Direction.HIGHER, p(2015, 50), p(2020, 52), p(2030, 80)).status());
        // 58.7 in 2020: (58.7/50)^(1/5) - 1 = 3.2604 %, R = 1.0243 -> on track.
        assertEquals(ProgressStatus.ON_TRACK,
                ProgressMethod.progress(Direction.HIGHER, p(2015, 50), p(2020, 58.7), p(2030, 80)).status());
        // Falling while it should rise: R < 0 -> moving away.
        assertEquals(ProgressStatus.MOVING_AWAY,
                ProgressMethod.progress(Direction.HIGHER, p(2015, 50), p(2020, 48), p(2030, 80)).status());
        // Reached: 81 >= 80.
        assertEquals(ProgressStatus.ACHIEVED,
                ProgressMethod.progress(Direction.HIGHER, p(2015, 50), p(2020, 81), p(2030, 80)).status());
    }

    @Test
    void lowerIsBetterTurnsTheSignOfTheRates() {
        // Food waste (Grums): 66 g in 2015, 58 g in 2021, target 40 g in 2030.
        // Observed: (58/66)^(1/6) - 1 = -2.1305 %; needed: (40/66)^(1/15) - 1 = -3.2834 %;
        // R = -1 * -2.1305 / 3.2834 = 0.6489 -> acceleration needed.
        var progress = ProgressMethod.progress(Direction.LOWER, p(2015, 66), p(2021, 58), p(2030, 40));
        assertEquals(-0.021305, progress.observedRate(), 1e-6);
        assertEquals(-0.032834, progress.requiredRate(), 1e-6);
        assertEquals(0.6489, progress.ratio(), 1e-4);
        assertEquals(ProgressStatus.NEEDS_ACCELERATION, progress.status());
        // Rising waste moves away; 39 g is achieved.
        assertEquals(ProgressStatus.MOVING_AWAY,
                ProgressMethod.progress(Direction.LOWER, p(2015, 66), p(2021, 70), p(2030, 40)).status());
        assertEquals(ProgressStatus.ACHIEVED,
                ProgressMethod.progress(Direction.LOWER, p(2015, 66), p(2021, 39), p(2030, 40)).status());
    }

    @Test
    void withoutATargetTheRateMeetsFixedThresholds() {
        // 1.5 % and 0.5 % a year: 100 -> 103.1 over two years is 1.538 % a year -> on track.
        assertEquals(ProgressStatus.ON_TRACK,
                ProgressMethod.progress(Direction.HIGHER, p(2018, 100), p(2020, 103.1), null).status());
        // 100 -> 102 over two years: 0.995 % -> acceleration needed.
        assertEquals(ProgressStatus.NEEDS_ACCELERATION,
                ProgressMethod.progress(Direction.HIGHER, p(2018, 100), p(2020, 102), null).status());
        // 100 -> 100.5 over two years: 0.2497 % -> limited progress.
        assertEquals(ProgressStatus.LIMITED_PROGRESS,
                ProgressMethod.progress(Direction.HIGHER, p(2018, 100), p(2020, 100.5), null).status());
        // Lower is better: 100 -> 96 over two years is -2.02 % a year, d * CAGR = +2.02 % -> on track.
        assertEquals(ProgressStatus.ON_TRACK,
                ProgressMethod.progress(Direction.LOWER, p(2018, 100), p(2020, 96), null).status());
        // Within 0.5 % a year either way is about level (limited progress), not moving away: 100 -> 101 with
        // lower better is -0.499 % a year; 100 -> 99.9 with higher better is -0.05 %.
        assertEquals(ProgressStatus.LIMITED_PROGRESS,
                ProgressMethod.progress(Direction.LOWER, p(2018, 100), p(2020, 101), null).status());
        assertEquals(ProgressStatus.LIMITED_PROGRESS,
                ProgressMethod.progress(Direction.HIGHER, p(2018, 100), p(2020, 99.9), null).status());
        // 100 -> 102 with lower better is -0.995 % a year: moving away.
        assertEquals(ProgressStatus.MOVING_AWAY,
                ProgressMethod.progress(Direction.LOWER, p(2018, 100), p(2020, 102), null).status());
        assertEquals(ProgressStatus.UNKNOWN,
                ProgressMethod.progress(Direction.LOWER, p(2018, 0), p(2020, 1), null).status());
    }

    @Test
    void theTrendIsTheLeastSquaresLineOfTheLastFiveValuesMarkedByTheDirection() {
        // Only the last five count: 10, 12, 14, 16, 18 (slope 2 a year) after an old outlier.
        List<ProgressMethod.Point> values = List.of(p(2015, 90), p(2016, 10), p(2017, 12), p(2018, 14),
                p(2019, 16), p(2020, 18));
        Trend rising = Trend.of(values, Direction.LOWER, 2030);
        assertNotNull(rising);
        assertEquals(2.0, rising.slope(), 1e-9);
        assertEquals(Trend.Arrow.UP, rising.arrow());
        assertTrue(!rising.good(), "rising is bad when lower is better");
        // A perfect line projects exactly, with no spread: 18 + 2 * 10 = 38 in 2030.
        assertEquals(38.0, rising.projection().value(), 1e-9);
        assertEquals(38.0, rising.projection().low(), 1e-9);
        assertTrue(Trend.of(values, Direction.HIGHER, null).good());
        // 100, 100.2, 100.1: under 0.5 % a year of the mean is flat.
        assertEquals(Trend.Arrow.FLAT, Trend.of(List.of(p(2018, 100), p(2019, 100.2), p(2020, 100.1)),
                Direction.HIGHER, null).arrow());
        assertNull(Trend.of(List.of(p(2019, 1), p(2020, 2)), Direction.HIGHER, null), "two values are no trend");
    }

    @Test
    void aNoisyLineGetsAPredictionInterval() {
        // 10, 13, 13, 16: slope 1.8, intercept at 2017 = 10.3; residuals -0.3, 0.9, -0.9, 0.3; s^2 = 1.8 / 2 = 0.9.
        // At 2022: x0 - mean x = 3.5, Sxx = 5; se = sqrt(0.9 * (1 + 1/4 + 12.25/5)) = 1.8248; t(0.95, 2) = 2.9200.
        Trend trend = Trend.of(List.of(p(2017, 10), p(2018, 13), p(2019, 13), p(2020, 16)), Direction.HIGHER, 2022);
        assertEquals(1.8, trend.slope(), 1e-9);
        assertEquals(19.3, trend.projection().value(), 1e-9);
        assertEquals(19.3 - 2.919986 * 1.824829, trend.projection().low(), 1e-4);
        assertEquals(19.3 + 2.919986 * 1.824829, trend.projection().high(), 1e-4);
    }

    @Test
    void theRankIsTheQuarterAmongTheComparisonGroup() {
        List<Double> others = List.of(40.0, 45.0, 50.0, 55.0);
        // Higher is better: 60 beats all four -> best quarter; 47 beats two of four -> middle; 38 beats none.
        assertEquals(Rank.BEST, Rank.of(60, others, Direction.HIGHER));
        assertEquals(Rank.MIDDLE, Rank.of(47, others, Direction.HIGHER));
        assertEquals(Rank.WORST, Rank.of(38, others, Direction.HIGHER));
        // Lower is better turns it round.
        assertEquals(Rank.BEST, Rank.of(38, others, Direction.LOWER));
        assertNull(Rank.of(38, List.of(), Direction.LOWER));
    }
}
