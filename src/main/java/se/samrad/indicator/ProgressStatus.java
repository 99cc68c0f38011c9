package se.samrad.indicator;

/**
 * Progress towards a target as open-sdg shows it (Statistics Canada's method): each status has its words (bundle
 * key {@code indicator.status.<NAME>}), an icon and a colour, so colour never carries it alone.
 */
public enum ProgressStatus {
    ACHIEVED("✔"),
    ON_TRACK("▲"),
    NEEDS_ACCELERATION("►"),
    LIMITED_PROGRESS("◆"),
    MOVING_AWAY("▼"),
    /** Too few values, or values the growth rate cannot be computed from (zero or of different signs). */
    UNKNOWN("?");

    private final String icon;

    ProgressStatus(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }

    /** A deviation worth the analysis group's attention. */
    public boolean deviates() {
        return this == MOVING_AWAY || this == LIMITED_PROGRESS;
    }
}
