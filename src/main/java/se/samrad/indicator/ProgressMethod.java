package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;

/**
 * open-sdg's progress measure (Statistics Canada's method, docs/progress-methodology.md of open-sdg):
 * the observed compound annual growth rate from the base year, CAGR = (y_i / y_0)^(1 / (t_i - t_0)) - 1.
 * <ul>
 *   <li>With a target y_T in year t_T: the rate needed is CAGR_T = (y_T / y_0)^(1 / (t_T - t_0)) - 1 and
 *   R = d * CAGR / |CAGR_T| (d = +1 when higher is better, -1 when lower is): target achieved when the latest
 *   value is at least as good as the target; R >= 95 % on track; 60-95 % acceleration needed; 0-60 % limited
 *   progress; R < 0 moving away.</li>
 *   <li>Without a target: d * CAGR against fixed rates, symmetric around no change: >= 1.5 % a year on track;
 *   0.5-1.5 % acceleration needed; within 0.5 % either way limited progress (about level: a drift of a tenth of a
 *   percent a year is noise, not moving away); 0.5 % a year or more the wrong way moving away.</li>
 * </ul>
 * The scaling of the thresholds near a natural limit (open-sdg's factor C) is not applied (C = 1).
 */
public final class ProgressMethod {

    static final double ON_TRACK_RATIO = 0.95;
    static final double ACCELERATION_RATIO = 0.60;
    static final double ON_TRACK_RATE = 0.015;
    static final double ACCELERATION_RATE = 0.005;

    /** A computed status with its figures: the observed rate, the rate needed (null without target), R. */
    public record Progress(ProgressStatus status, @Nullable Double observedRate, @Nullable Double requiredRate,
                           @Nullable Double ratio) {
        static Progress unknown() {
            return new Progress(ProgressStatus.UNKNOWN, null, null, null);
        }
    }

    /** A value in a year. */
    public record Point(int year, double value) {
    }

    private ProgressMethod() {
    }

    /** Compound annual growth rate between two points; null when it is undefined (same year, zero, sign change). */
    static @Nullable Double cagr(Point from, Point to) {
        int years = to.year() - from.year();
        if (years <= 0 || from.value() == 0 || to.value() / from.value() <= 0) {
            return null;
        }
        return Math.pow(to.value() / from.value(), 1.0 / years) - 1;
    }

    /** Progress from {@code base} to {@code latest}, against {@code target} when there is one. */
    public static Progress progress(Direction direction, Point base, Point latest, @Nullable Point target) {
        if (target != null && direction.atLeastAsGood(latest.value(), target.value())) {
            return new Progress(ProgressStatus.ACHIEVED, cagr(base, latest), cagr(base, target), null);
        }
        Double observed = cagr(base, latest);
        if (observed == null) {
            return Progress.unknown();
        }
        int d = direction.sign();
        if (target == null) {
            double rate = d * observed;
            return new Progress(byRate(rate), observed, null, null);
        }
        Double required = cagr(base, target);
        if (required == null || required == 0) {
            // The base already sits on the target (or the target cannot be reached by growth): any move the
            // wrong way is moving away, else it is held.
            return new Progress(d * observed < 0 ? ProgressStatus.MOVING_AWAY : ProgressStatus.LIMITED_PROGRESS,
                    observed, required, null);
        }
        double ratio = d * observed / Math.abs(required);
        return new Progress(byRatio(ratio), observed, required, ratio);
    }

    private static ProgressStatus byRatio(double ratio) {
        if (ratio >= ON_TRACK_RATIO) {
            return ProgressStatus.ON_TRACK;
        }
        if (ratio >= ACCELERATION_RATIO) {
            return ProgressStatus.NEEDS_ACCELERATION;
        }
        return ratio >= 0 ? ProgressStatus.LIMITED_PROGRESS : ProgressStatus.MOVING_AWAY;
    }

    private static ProgressStatus byRate(double rate) {
        if (rate >= ON_TRACK_RATE) {
            return ProgressStatus.ON_TRACK;
        }
        if (rate >= ACCELERATION_RATE) {
            return ProgressStatus.NEEDS_ACCELERATION;
        }
        return rate > -ACCELERATION_RATE ? ProgressStatus.LIMITED_PROGRESS : ProgressStatus.MOVING_AWAY;
    }
}
