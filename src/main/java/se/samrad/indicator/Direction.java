package se.samrad.indicator;

/** Which way an indicator should move: a higher value is better (behörighet) or a lower one (matsvinn). */
public enum Direction {
    HIGHER(1), LOWER(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** +1 when growth is wanted, -1 when decline is (open-sdg's d). */
    public int sign() {
        return sign;
    }

    /** Whether {@code value} is at least as good as {@code than}. */
    public boolean atLeastAsGood(double value, double than) {
        return sign * (value - than) >= 0;
    }
}
